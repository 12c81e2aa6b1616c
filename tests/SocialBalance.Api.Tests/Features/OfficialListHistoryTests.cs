using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// Høje Gladsaxe's figures make it a parallel society in data years 2017–2022 (as in <see cref="ListStatusFixture{TDatabase}"/>),
/// but there are no figures of 2016, so C1 and C2 of data year 2017 (list 2018) are open; and no rule set is valid before
/// list year 2018. Test entries store the lists of 2017 and 2018, which named it a parallel society ("ghettoområde") and
/// did not name Værebro Park, whose figures start in 2021. The reference data stores the list of 2021.
/// </summary>
public sealed class OfficialListHistoryFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Entries = """
        INSERT INTO official_list_entry (area_code, list_year, published_on, category_code, source) VALUES
        ('hoeje-gladsaxe', 2017, '2017-12-01', 'parallel-society', 'Test: ghettolisten 1. december 2017'),
        ('hoeje-gladsaxe', 2018, '2018-12-01', 'parallel-society', 'Test: ghettolisten 1. december 2018')
        """;

    protected override async Task ArrangeAsync(DbConnectionFactory db)
    {
        await using (var connection = await db.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(Entries);
        }

        await Figures.InsertAsync(db, ListStatusFixture<TDatabase>.References(2017, 2022)
            .Concat(Enumerable.Range(2017, 6).SelectMany(y => ListStatusFixture<TDatabase>.Year("hoeje-gladsaxe", y, 4500, 55, 45, 1.0, 65, 250_000)))
            .Concat(Enumerable.Range(2021, 2).SelectMany(y => ListStatusFixture<TDatabase>.Year("vaerebro-park", y, 3000, 45, 35, 2.25, 40, 180_000))));
    }
}

public abstract class OfficialListHistoryTests<TDatabase>(OfficialListHistoryFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<OfficialListHistoryFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static (string?, string?, string?) Verdict(JsonElement status) => (
        status.GetProperty("outcome").GetString(), status.GetProperty("category").GetProperty("code").GetString(),
        status.GetProperty("basis").GetProperty("source").GetString());

    private async Task<IReadOnlyList<OfficialListRows.Row>> RowsAsync()
    {
        await using var db = await OpenDbAsync();
        return await OfficialListRows.ReadAsync(db);
    }

    [SkippableFact]
    public async Task A_year_before_the_first_rule_set_comes_from_its_stored_list()
    {
        var status = await GetJsonAsync("/api/v1/areas/hoeje-gladsaxe/list-status?year=2017");

        Assert.Equal(("classified", "parallel-society", "official-list"), Verdict(status));
        Assert.Equal(JsonValueKind.Null, status.GetProperty("ruleSet").ValueKind);
        Assert.Equal(["parallel-society", "vulnerable"], status.GetProperty("definitionsMet").EnumerateArray().Select(d => d.GetString()));
        var basis = status.GetProperty("basis");
        OfficialListRows.AssertShows(OfficialListRows.For(await RowsAsync(), "hoeje-gladsaxe", 2017), basis.GetProperty("officialList"));
        Assert.Equal(
            "Decided by the official list of 2017 (published 2017-12-01), which names the area as parallel-society: no rule set is valid for list year 2017.",
            basis.GetProperty("explanation").GetString());
    }

    [SkippableFact]
    public async Task A_transformation_window_reaching_before_the_rules_is_decided_by_the_stored_lists()
    {
        // List years 2021–2017: 2021–2019 are parallel societies by their figures; 2018 (C1, C2 open for want of 2016)
        // and 2017 (no rule set) by the stored lists. Without them the answer was insufficient-data.
        var status = await GetJsonAsync("/api/v1/areas/hoeje-gladsaxe/list-status?year=2021");
        var rows = await RowsAsync();

        Assert.Equal(("classified", "transformation", "figures"), Verdict(status));
        var transformation = status.GetProperty("transformation");
        Assert.Equal((5, true), (transformation.GetProperty("consecutiveYears").GetInt32(), transformation.GetProperty("met").GetBoolean()));
        var years = transformation.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([2021, 2020, 2019, 2018, 2017], years.Select(y => y.GetProperty("listYear").GetInt32()));
        Assert.Equal(["figures", "figures", "figures", "official-list", "official-list"],
            years.Select(y => y.GetProperty("basis").GetProperty("source").GetString()));
        Assert.All(years, y => Assert.True(y.GetProperty("parallelSociety").GetBoolean()));
        foreach (var year in years)
        {
            OfficialListRows.AssertShows(
                OfficialListRows.For(rows, "hoeje-gladsaxe", year.GetProperty("listYear").GetInt32()), year.GetProperty("basis").GetProperty("officialList"));
        }

        Assert.Equal(
            "Decided by the official list of 2018 (published 2018-12-01), which names the area as parallel-society: figures of 2017 under rules-2018 are missing.",
            years[3].GetProperty("basis").GetProperty("explanation").GetString());
        Assert.Empty(status.GetProperty("missingFigures").EnumerateArray());
        // Figures first: the stored list of 2021 does not name the area, but the figures of 2020 decide.
        Assert.Equal(
            "Decided by the figures of 2020 under rules-2021. The official list of 2021 (published 2021-12-01) does not name the area.",
            status.GetProperty("basis").GetProperty("explanation").GetString());
    }

    [SkippableFact]
    public async Task A_year_whose_figures_are_missing_comes_from_its_stored_list()
    {
        // List 2018 (data 2017): C3 met, C4 not, C1 and C2 open, so the figures leave vulnerable and parallel society open.
        var hoeje = await GetJsonAsync("/api/v1/areas/hoeje-gladsaxe/list-status?year=2018");
        // Værebro Park has no figures of 2017 at all; the stored list of 2018 does not name it.
        var vaerebro = await GetJsonAsync("/api/v1/areas/vaerebro-park/list-status?year=2018");

        Assert.Equal(("classified", "parallel-society", "official-list"), Verdict(hoeje));
        Assert.Equal("rules-2018", hoeje.GetProperty("ruleSet").GetProperty("code").GetString());
        Assert.False(hoeje.GetProperty("transformation").GetProperty("met").GetBoolean());
        Assert.Equal(("classified", "none", "official-list"), Verdict(vaerebro));
        OfficialListRows.AssertShows(OfficialListRows.For(await RowsAsync(), "vaerebro-park", 2018), vaerebro.GetProperty("basis").GetProperty("officialList"));
        Assert.Equal(
            "Decided by the official list of 2018 (published 2018-12-01), which does not name the area: the figures of 2017 under rules-2018 cannot decide it.",
            vaerebro.GetProperty("basis").GetProperty("explanation").GetString());
    }

    [SkippableFact]
    public async Task What_neither_figures_nor_a_stored_list_decide_is_insufficient_data_and_says_what_is_missing()
    {
        // List 2019 (rules 2018, 4 years): 2019 by the figures, 2018 and 2017 by the stored lists, 2016 by nothing.
        var hoeje = await GetJsonAsync("/api/v1/areas/hoeje-gladsaxe/list-status?year=2019");
        var vaerebro = await GetJsonAsync("/api/v1/areas/vaerebro-park/list-status?year=2019");

        Assert.Equal(("insufficient-data", "parallel-society", "none"), Verdict(hoeje));
        Assert.Equal(
            "Undecided: the figures of 2018 under rules-2018 leave transformation open (see transformation.years), and no official list of 2019 is stored.",
            hoeje.GetProperty("basis").GetProperty("explanation").GetString());
        var open = hoeje.GetProperty("transformation").GetProperty("years")[3];
        Assert.Equal((2016, JsonValueKind.Null, "none"), (open.GetProperty("listYear").GetInt32(), open.GetProperty("parallelSociety").ValueKind,
            open.GetProperty("basis").GetProperty("source").GetString()));
        Assert.Equal("Undecided: no rule set is valid for list year 2016, and no official list of 2016 is stored.",
            open.GetProperty("basis").GetProperty("explanation").GetString());

        Assert.Equal(("insufficient-data", "none", "none"), Verdict(vaerebro));
        Assert.Contains(vaerebro.GetProperty("missingFigures").EnumerateArray(), m => m.GetProperty("year").GetInt32() == 2018);
        // No transformation area: the stored list of 2018 did not name it, so that year was no parallel society.
        Assert.Equal(
            "Undecided: the figures of 2018 under rules-2018 leave parallel-society, vulnerable open (see missingFigures), and no official list of 2019 is stored.",
            vaerebro.GetProperty("basis").GetProperty("explanation").GetString());
    }

    [SkippableFact]
    public async Task A_year_without_a_rule_set_or_a_stored_list_is_insufficient_data_and_says_why()
    {
        var status = await GetJsonAsync("/api/v1/areas/vaerebro-park/list-status?year=2015");

        Assert.Equal("insufficient-data", status.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("ruleSet").ValueKind);
        var basis = status.GetProperty("basis");
        Assert.Equal(("none", JsonValueKind.Null), (basis.GetProperty("source").GetString(), basis.GetProperty("officialList").ValueKind));
        Assert.Equal("Undecided: no rule set is valid for list year 2015, and no official list of 2015 is stored.",
            basis.GetProperty("explanation").GetString());
    }

    [SkippableFact]
    public async Task The_national_list_takes_the_same_stored_lists()
    {
        var overview = await GetJsonAsync("/api/v1/list-status?year=2017");

        var areas = overview.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("area").GetProperty("code").GetString()!, Verdict);
        Assert.Equal(("classified", "parallel-society", "official-list"), areas["hoeje-gladsaxe"]);
        Assert.Equal(("classified", "none", "official-list"), areas["vaerebro-park"]);
    }
}

public sealed class OfficialListHistorySqliteTests(OfficialListHistoryFixture<SqliteTestDatabase> fixture)
    : OfficialListHistoryTests<SqliteTestDatabase>(fixture);

public sealed class OfficialListHistorySqlServerTests(OfficialListHistoryFixture<SqlServerTestDatabase> fixture)
    : OfficialListHistoryTests<SqlServerTestDatabase>(fixture);
