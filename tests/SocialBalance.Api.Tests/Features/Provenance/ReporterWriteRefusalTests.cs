using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;
using static SocialBalance.Api.Tests.Features.Provenance.ProvenanceTestSupport;

namespace SocialBalance.Api.Tests.Features.Provenance;

/// <summary>
/// OWASP API1 (object level) and API5 (function level) on every write route, on the demo data with the grants the
/// migration gives: GaB reports new-tenants-working for Værebro Park; AAB and ABG the same for Høje Gladsaxe. A reporter
/// may not write an indicator it is not granted, in an area not its own, or over a figure it did not write; each is a
/// 403 naming the row and field, and the database, read back, is as it was. A batch carries a figure the key may write
/// beside the refused one, to show that nothing at all is written.
/// </summary>
public abstract class ReporterWriteRefusalTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ProvenanceTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    /// <summary>What GaB may write: its indicator, its area, a year the demo data leaves empty.</summary>
    private static readonly Posted Permitted = new("new-tenants-working", "vaerebro-park", 2014, 60.0);

    [SkippableFact]
    public async Task GaB_may_neither_replace_nor_retract_the_ministrys_non_western_figure_of_Vaerebro_Park()
    {
        using var gab = await ReporterClientAsync("gab");
        var before = await StateAsync();

        using var post = await gab.PostFigureAsync(new { indicator = "non-western", area = "vaerebro-park", year = 2020, value = 12.3 });
        using var delete = await gab.RetractAsync("non-western", "vaerebro-park", 2020);

        Assert.Equal([(1, "indicator")], await RefusedAsync(post));
        Assert.Equal([(1, "indicator")], await RefusedAsync(delete));
        Assert.Equal(before, await StateAsync());
        Assert.Equal(new StoredFigure { Value = 51.8, Revision = 0, StatusCode = "official" }, await StoredAsync("non-western", "vaerebro-park", 2020));
        var page = await GetJsonAsync("/api/v1/observations?indicator=non-western&area=vaerebro-park&from=2020&to=2020");
        var current = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal((51.8, "official"), (current.GetProperty("value").GetDouble(), current.GetProperty("status").GetString()));
    }

    [SkippableTheory]
    [InlineData(WriteRoute.Single, "feel-safe", 2014)]       // the municipality's survey, no figure yet
    [InlineData(WriteRoute.JsonBatch, "feel-safe", 2014)]
    [InlineData(WriteRoute.CsvBatch, "feel-safe", 2014)]
    [InlineData(WriteRoute.DryRun, "feel-safe", 2014)]
    [InlineData(WriteRoute.Single, "convicted", 2021)]       // a register figure of the list criteria
    [InlineData(WriteRoute.JsonBatch, "convicted", 2021)]
    [InlineData(WriteRoute.CsvBatch, "convicted", 2021)]
    [InlineData(WriteRoute.DryRun, "convicted", 2021)]
    public async Task An_indicator_not_granted_is_403_in_the_reporters_own_area_and_nothing_is_written(WriteRoute route, string indicator, int year)
    {
        using var gab = await ReporterClientAsync("gab");
        var standing = await StoredAsync(indicator, "vaerebro-park", year);
        var before = await StateAsync();

        using var response = await gab.WriteAsync(route, Permitted, new Posted(indicator, "vaerebro-park", year, 50.0));

        Assert.Equal([(RowOfLast(route, 2), "indicator")], await RefusedAsync(response));
        Assert.Equal(before, await StateAsync());
        Assert.Equal(standing, await StoredAsync(indicator, "vaerebro-park", year));
        Assert.Null(await StoredAsync(Permitted.Indicator, Permitted.Area, Permitted.Year));
    }

    [SkippableTheory]
    [InlineData(WriteRoute.Single)]
    [InlineData(WriteRoute.JsonBatch)]
    [InlineData(WriteRoute.CsvBatch)]
    [InlineData(WriteRoute.DryRun)]
    public async Task A_granted_indicator_in_another_organisations_area_is_403_and_nothing_is_written(WriteRoute route)
    {
        using var gab = await ReporterClientAsync("gab");
        var before = await StateAsync();

        using var response = await gab.WriteAsync(route, Permitted, new Posted("new-tenants-working", "hoeje-gladsaxe", 2014, 50.0));

        Assert.Equal([(RowOfLast(route, 2), "area")], await RefusedAsync(response));
        Assert.Equal(before, await StateAsync());
        Assert.Null(await StoredAsync("new-tenants-working", "hoeje-gladsaxe", 2014));
    }

    [SkippableTheory]
    [InlineData(WriteRoute.Single, "demo data")]
    [InlineData(WriteRoute.JsonBatch, "demo data")]
    [InlineData(WriteRoute.CsvBatch, "demo data")]
    [InlineData(WriteRoute.DryRun, "demo data")]
    [InlineData(WriteRoute.Single, "aab")]
    [InlineData(WriteRoute.JsonBatch, "aab")]
    [InlineData(WriteRoute.CsvBatch, "aab")]
    [InlineData(WriteRoute.DryRun, "aab")]
    [InlineData(WriteRoute.Single, "admin")]
    [InlineData(WriteRoute.JsonBatch, "admin")]
    [InlineData(WriteRoute.CsvBatch, "admin")]
    [InlineData(WriteRoute.DryRun, "admin")]
    public async Task A_figure_another_wrote_is_not_replaced_by_a_reporter_granted_it_in_its_own_area(WriteRoute route, string writer)
    {
        var year = await FigureWrittenByAsync(writer, route);
        using var abg = await ReporterClientAsync("abg");
        var standing = await StoredAsync("new-tenants-working", "hoeje-gladsaxe", year);
        var before = await StateAsync();
        var permitted = new Posted("new-tenants-working", "hoeje-gladsaxe", 1990, 60.0);

        using var response = await abg.WriteAsync(route, permitted, new Posted("new-tenants-working", "hoeje-gladsaxe", year, 99.0));

        Assert.Equal([(RowOfLast(route, 2), "year")], await RefusedAsync(response));
        Assert.Equal(before, await StateAsync());
        Assert.Equal(standing, await StoredAsync("new-tenants-working", "hoeje-gladsaxe", year));
        Assert.Null(await StoredAsync("new-tenants-working", "hoeje-gladsaxe", 1990));
    }

    [SkippableTheory]
    [InlineData("indicator")]   // the municipality's survey in its own area
    [InlineData("area")]        // its indicator in another organisation's area
    [InlineData("demo data")]
    [InlineData("aab")]
    [InlineData("admin")]
    public async Task A_reporter_may_not_retract_what_it_may_not_write_and_nothing_changes(string refusal)
    {
        var (indicator, area, year, field) = refusal switch
        {
            "indicator" => ("feel-safe", "hoeje-gladsaxe", 2020, "indicator"),
            "area" => ("new-tenants-working", "vaerebro-park", 2020, "area"),
            _ => ("new-tenants-working", "hoeje-gladsaxe", await FigureWrittenByAsync(refusal, null), "year"),
        };
        using var abg = await ReporterClientAsync("abg");
        var standing = await StoredAsync(indicator, area, year);
        var before = await StateAsync();

        using var response = await abg.RetractAsync(indicator, area, year);

        Assert.Equal([(1, field)], await RefusedAsync(response));
        Assert.Equal(before, await StateAsync());
        Assert.NotNull(standing);
        Assert.Equal(standing, await StoredAsync(indicator, area, year));
    }

    /// <summary>A year of new-tenants-working in Høje Gladsaxe whose figure <paramref name="writer"/> wrote last.</summary>
    private async Task<int> FigureWrittenByAsync(string writer, WriteRoute? route)
    {
        if (writer == "demo data")
        {
            return 2020;
        }

        // A year of its own per test case: 1995–1999 by AAB, 2005–2009 by an admin key.
        var year = (writer == "aab" ? 1995 : 2005) + (route is { } r ? (int)r : 4);
        using var client = writer == "aab" ? await ReporterClientAsync("aab") : null;
        using var response = await (client ?? AdminClient).PostFigureAsync(new { indicator = "new-tenants-working", area = "hoeje-gladsaxe", year, value = 55.0 });
        await response.JsonAsync(HttpStatusCode.Created);
        return year;
    }
}

public sealed class ReporterWriteRefusalSqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : ReporterWriteRefusalTests<SqliteTestDatabase>(fixture);

public sealed class ReporterWriteRefusalSqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : ReporterWriteRefusalTests<SqlServerTestDatabase>(fixture);
