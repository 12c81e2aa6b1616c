using Dapper;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Provenance;

/// <summary>
/// What provenance allows, on the demo data: a reporter writes, corrects and retracts its own figures of the indicators
/// it is granted in its own areas, on every route; an admin key replaces and retracts anything, and the history says
/// which organisation did; a grant withdrawn, or an indicator of an official source, gives no right to write.
/// </summary>
public abstract class PermittedWriteTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ProvenanceTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData(WriteRoute.Single)]
    [InlineData(WriteRoute.JsonBatch)]
    [InlineData(WriteRoute.CsvBatch)]
    public async Task A_reporter_writes_and_corrects_its_own_figure_of_a_granted_indicator_in_its_own_area(WriteRoute route)
    {
        using var gab = await ReporterClientAsync("gab");
        var year = 2000 + (int)route;

        using (var created = await gab.WriteAsync(route, new Posted("new-tenants-working", "vaerebro-park", year, 50.0)))
        {
            var summary = await created.JsonAsync(route == WriteRoute.Single ? HttpStatusCode.Created : HttpStatusCode.OK);
            Assert.Equal(1, summary.GetProperty("created").GetInt32());
        }

        using (var corrected = await gab.WriteAsync(route, new Posted("new-tenants-working", "vaerebro-park", year, 51.0)))
        {
            Assert.Equal(1, (await corrected.JsonAsync(HttpStatusCode.OK)).GetProperty("updated").GetInt32());
        }

        Assert.Equal(new StoredFigure { Value = 51.0, Revision = 2, StatusCode = "reported", OrganisationCode = "gab", Superseded = 1 },
            await StoredAsync("new-tenants-working", "vaerebro-park", year));
    }

    [SkippableFact]
    public async Task A_dry_run_of_what_the_reporter_may_write_counts_it_and_writes_nothing()
    {
        using var gab = await ReporterClientAsync("gab");

        using var response = await gab.WriteAsync(WriteRoute.DryRun, new Posted("new-tenants-working", "vaerebro-park", 2010, 50.0));

        var summary = await response.JsonAsync(HttpStatusCode.OK);
        Assert.True(summary.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, summary.GetProperty("created").GetInt32());
        Assert.Null(await StoredAsync("new-tenants-working", "vaerebro-park", 2010));
    }

    [SkippableFact]
    public async Task A_reporter_retracts_its_own_figure_and_then_another_permitted_organisation_may_post_it_anew()
    {
        using var aab = await ReporterClientAsync("aab");
        using var abg = await ReporterClientAsync("abg");
        using (var posted = await aab.PostFigureAsync(new { indicator = "new-tenants-working", area = "hoeje-gladsaxe", year = 2011, value = 40.0 }))
        {
            await posted.JsonAsync(HttpStatusCode.Created);
        }

        using (var retracted = await aab.RetractAsync("new-tenants-working", "hoeje-gladsaxe", 2011))
        {
            Assert.Equal(HttpStatusCode.NoContent, retracted.StatusCode);
        }

        Assert.Equal(new StoredFigure { Value = 40.0, Revision = 2, StatusCode = "reported", OrganisationCode = "aab", Retracted = 1, Superseded = 1 },
            await StoredAsync("new-tenants-working", "hoeje-gladsaxe", 2011));
        using var reposted = await abg.PostFigureAsync(new { indicator = "new-tenants-working", area = "hoeje-gladsaxe", year = 2011, value = 41.0 });
        await reposted.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("abg", (await StoredAsync("new-tenants-working", "hoeje-gladsaxe", 2011))!.OrganisationCode);
    }

    [SkippableFact]
    public async Task An_admin_replaces_and_retracts_official_figures_and_the_history_names_its_organisation()
    {
        using (var replaced = await AdminClient.PostFigureAsync(new { indicator = "non-western", area = "vaerebro-park", year = 2020, value = 12.3 }))
        {
            Assert.Equal(1, (await replaced.JsonAsync(HttpStatusCode.OK)).GetProperty("updated").GetInt32());
        }

        using (var retracted = await AdminClient.RetractAsync("feel-safe", "hoeje-gladsaxe", 2017))
        {
            Assert.Equal(HttpStatusCode.NoContent, retracted.StatusCode);
        }

        var replacedHistory = await RevisionsAsync("non-western", "vaerebro-park", 2020);
        Assert.Equal(
            [(0, 51.8, "official", (string?)null, false), (1, 12.3, "reported", "gladsaxe-kommune", false)],
            replacedHistory.Select(Summary));
        Assert.Equal(
            [(0, 79.6, "official", (string?)null, false), (1, 79.6, "official", "gladsaxe-kommune", true)],
            (await RevisionsAsync("feel-safe", "hoeje-gladsaxe", 2017)).Select(Summary));
        var importId = replacedHistory[1].GetProperty("importId").GetInt64();
        Assert.Equal("gladsaxe-kommune", await ScalarTextAsync("SELECT organisation_code FROM observation_import WHERE id = @Id", new { Id = importId }));
    }

    [SkippableFact]
    public async Task A_withdrawn_grant_leaves_the_figures_but_no_right_to_change_them()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        using (var posted = await gab.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2012, value = 70.0 }))
        {
            await posted.JsonAsync(HttpStatusCode.Created);
        }

        using (var revoked = await AdminClient.DeleteAsync("/api/v1/admin/organisations/gab/indicators/feel-safe"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        var standing = await StoredAsync("feel-safe", "vaerebro-park", 2012);
        using var corrected = await gab.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2012, value = 71.0 });
        using var retracted = await gab.RetractAsync("feel-safe", "vaerebro-park", 2012);

        Assert.Equal([(1, "indicator")], await RefusedAsync(corrected));
        Assert.Equal([(1, "indicator")], await RefusedAsync(retracted));
        Assert.Equal(new StoredFigure { Value = 70.0, Revision = 1, StatusCode = "reported", OrganisationCode = "gab" }, standing);
        Assert.Equal(standing, await StoredAsync("feel-safe", "vaerebro-park", 2012));
    }

    [SkippableFact]
    public async Task A_grant_of_an_official_source_made_in_the_database_still_gives_no_right_to_write()
    {
        SkipUnlessAvailable();
        await using (var connection = await OpenDbAsync())
        {
            await connection.ExecuteAsync("INSERT INTO organisation_indicator (organisation_code, indicator_code) VALUES ('lejerbo', 'residents')");
        }

        using var lejerbo = await ReporterClientAsync("lejerbo");
        using var response = await lejerbo.PostFigureAsync(new { indicator = "residents", area = "hoeje-gladsaxe", year = 2014, value = 4400 });

        Assert.Equal([(1, "indicator")], await RefusedAsync(response));
        Assert.Null(await StoredAsync("residents", "hoeje-gladsaxe", 2014));
    }

    [SkippableFact]
    public async Task The_municipality_reports_its_surveys_for_its_areas_but_replaces_no_figure_loaded_from_its_source()
    {
        using var municipality = await ReporterClientAsync("gladsaxe-kommune");

        using var posted = await municipality.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2026, value = 82.0 });
        using var replacing = await municipality.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2025, value = 82.0 });
        using var letting = await municipality.PostFigureAsync(new { indicator = "new-tenants-working", area = "vaerebro-park", year = 2026, value = 60.0 });
        using var country = await municipality.PostFigureAsync(new { indicator = "feel-safe", area = "denmark", year = 2026, value = 80.0 });

        await posted.JsonAsync(HttpStatusCode.Created);
        Assert.Equal([(1, "year")], await RefusedAsync(replacing));
        Assert.Equal([(1, "indicator")], await RefusedAsync(letting));
        Assert.Equal([(1, "area")], await RefusedAsync(country));
        Assert.Equal("illustrative", (await StoredAsync("feel-safe", "vaerebro-park", 2025))!.StatusCode);
    }

    private static (int, double, string?, string?, bool) Summary(JsonElement r) =>
        (r.GetProperty("revision").GetInt32(), r.GetProperty("value").GetDouble(), r.GetProperty("status").GetString(),
         r.GetProperty("organisation").GetString(), r.GetProperty("retracted").GetBoolean());

    private async Task<List<JsonElement>> RevisionsAsync(string indicator, string area, int year) =>
        (await GetJsonAsync($"/api/v1/observations/history?indicator={indicator}&area={area}&year={year}"))
            .GetProperty("revisions").EnumerateArray().ToList();

    private async Task<string?> ScalarTextAsync(string sql, object parameters)
    {
        await using var connection = await OpenDbAsync();
        return await connection.ExecuteScalarAsync<string>(sql, parameters);
    }
}

public sealed class PermittedWriteSqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : PermittedWriteTests<SqliteTestDatabase>(fixture);

public sealed class PermittedWriteSqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : PermittedWriteTests<SqlServerTestDatabase>(fixture);
