using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class ComparisonApiTests<TDatabase>(ComparisonFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ComparisonFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static JsonElement Item(JsonElement response, string indicator, string area) =>
        response.GetProperty("items").EnumerateArray().Single(i =>
            i.GetProperty("indicator").GetProperty("code").GetString() == indicator
            && i.GetProperty("area").GetProperty("code").GetString() == area);

    [SkippableFact]
    public async Task A_higher_is_better_gap_that_narrowed_comes_with_every_input()
    {
        var response = await GetJsonAsync("/api/v1/comparisons?indicator=feel-safe");

        Assert.Equal(2020, response.GetProperty("baselineYear").GetInt32());
        Assert.Equal("gladsaxe", response.GetProperty("reference").GetProperty("code").GetString());
        // Default areas: the three Social Balance areas in catalogue order.
        Assert.Equal(["hoeje-gladsaxe", "moerkhoej", "vaerebro-park"],
            response.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("area").GetProperty("code").GetString()));

        var vaerebro = Item(response, "feel-safe", "vaerebro-park");
        Assert.Equal("assessed", vaerebro.GetProperty("outcome").GetString());
        Assert.Equal("gap-narrowing", vaerebro.GetProperty("verdict").GetString());
        Assert.Equal(2023, vaerebro.GetProperty("latestYear").GetInt32());
        var baseline = vaerebro.GetProperty("baseline");
        Assert.Equal(60, baseline.GetProperty("areaValue").GetDouble());
        Assert.Equal(80, baseline.GetProperty("referenceValue").GetDouble());
        Assert.Equal(20, baseline.GetProperty("shortfall").GetDouble());                // 80 − 60
        Assert.Equal(0.25, baseline.GetProperty("relativeShortfall").GetDouble());      // 20 / 80
        var latest = vaerebro.GetProperty("latest");
        Assert.Equal(12, latest.GetProperty("shortfall").GetDouble());                  // 82 − 70
        Assert.Equal(0.146341, latest.GetProperty("relativeShortfall").GetDouble());    // 12 / 82 at 6 decimals
        Assert.Equal(-8, vaerebro.GetProperty("shortfallChange").GetDouble());          // 12 − 20
        Assert.Equal(10, vaerebro.GetProperty("areaChange").GetDouble());               // 70 − 60
        Assert.True(vaerebro.GetProperty("narrowed").GetBoolean());
        Assert.True(vaerebro.GetProperty("improving").GetBoolean());
        Assert.Equal("shortfall = reference − area = 82 − 70 = 12; relative = 12 / |82| = 0.146341",
            latest.GetProperty("formula").GetString());

        // Høje Gladsaxe fell back: 80 − 70 = 10 → 82 − 68 = 14.
        var hoeje = Item(response, "feel-safe", "hoeje-gladsaxe");
        Assert.Equal("gap-not-narrowing", hoeje.GetProperty("verdict").GetString());
        Assert.Equal(14, hoeje.GetProperty("latest").GetProperty("shortfall").GetDouble());
        Assert.False(hoeje.GetProperty("narrowed").GetBoolean());
        Assert.False(hoeje.GetProperty("improving").GetBoolean());
    }

    [SkippableFact]
    public async Task A_lower_is_better_gap_is_area_minus_reference()
    {
        var response = await GetJsonAsync("/api/v1/comparisons?indicator=convicted&areas=vaerebro-park");

        var item = Assert.Single(response.GetProperty("items").EnumerateArray());
        Assert.Equal(1.5, item.GetProperty("baseline").GetProperty("shortfall").GetDouble());      // 2.5 − 1.0
        Assert.Equal(1.1, item.GetProperty("latest").GetProperty("shortfall").GetDouble());        // 1.9 − 0.8, exact
        Assert.Equal(1.375, item.GetProperty("latest").GetProperty("relativeShortfall").GetDouble()); // 1.1 / 0.8
        Assert.Equal("gap-narrowing", item.GetProperty("verdict").GetString());
        Assert.Equal("lower-is-better", item.GetProperty("direction").GetString());
    }

    [SkippableFact]
    public async Task A_neutral_indicator_has_values_and_differences_but_no_verdict()
    {
        var response = await GetJsonAsync("/api/v1/comparisons?indicator=residents&areas=vaerebro-park");

        var item = Assert.Single(response.GetProperty("items").EnumerateArray());
        Assert.Equal("not-judged", item.GetProperty("outcome").GetString());
        Assert.Equal("not-judged", item.GetProperty("verdict").GetString());
        var latest = item.GetProperty("latest");
        Assert.Equal(-65100, latest.GetProperty("difference").GetDouble());   // 2900 − 68000
        Assert.Equal(JsonValueKind.Null, latest.GetProperty("shortfall").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("narrowed").ValueKind);
        Assert.Equal(100, item.GetProperty("areaChange").GetDouble());        // 2900 − 2800
    }

    [SkippableFact]
    public async Task A_missing_year_is_insufficient_data_naming_the_figure()
    {
        var response = await GetJsonAsync("/api/v1/comparisons?indicator=feel-safe&areas=moerkhoej&year=2023");

        var item = Assert.Single(response.GetProperty("items").EnumerateArray());
        Assert.Equal("insufficient-data", item.GetProperty("verdict").GetString());
        var missing = Assert.Single(item.GetProperty("missingFigures").EnumerateArray());
        Assert.Equal(("feel-safe", "moerkhoej", 2023),
            (missing.GetProperty("indicator").GetString(), missing.GetProperty("area").GetString(), missing.GetProperty("year").GetInt32()));

        // Without a year: no year after the baseline has both figures.
        var latest = Item(await GetJsonAsync("/api/v1/comparisons?indicator=feel-safe"), "feel-safe", "moerkhoej");
        Assert.Contains("any year after 2020", latest.GetProperty("missingFigures")[0].GetProperty("description").GetString());
    }

    [SkippableFact]
    public async Task Theme_verdicts_count_improved_and_narrowed_indicators()
    {
        var response = await GetJsonAsync("/api/v1/comparisons/themes?theme=safety,resident-mix");
        JsonElement Verdict(string theme, string area) => response.GetProperty("items").EnumerateArray().Single(i =>
            i.GetProperty("theme").GetProperty("code").GetString() == theme && i.GetProperty("area").GetProperty("code").GetString() == area);

        // Gladsaxe: feel-safe 80 → 82 and convicted 1.0 → 0.8 both improve.
        var gladsaxe = Verdict("safety", "gladsaxe");
        Assert.Equal(("improving", "met", 2, 2), (gladsaxe.GetProperty("verdict").GetString(), gladsaxe.GetProperty("outcome").GetString(),
            gladsaxe.GetProperty("considered").GetInt32(), gladsaxe.GetProperty("improved").GetInt32()));
        // Værebro Park: both gaps narrow (20 → 12; 1.5 → 1.1).
        var vaerebro = Verdict("safety", "vaerebro-park");
        Assert.Equal(("gap-narrowing", 2), (vaerebro.GetProperty("verdict").GetString(), vaerebro.GetProperty("narrowed").GetInt32()));
        // Høje Gladsaxe: convicted narrows (1.0 → 0.7) but feel-safe widens (10 → 14).
        var hoeje = Verdict("safety", "hoeje-gladsaxe");
        Assert.Equal(("gap-not-narrowing", 1), (hoeje.GetProperty("verdict").GetString(), hoeje.GetProperty("narrowed").GetInt32()));
        Assert.Equal(["feel-safe"], hoeje.GetProperty("indicatorsFailing").EnumerateArray().Select(e => e.GetString()));
        // Mørkhøj: convicted narrows (0.8 → 0.4); feel-safe lacks 2023, so the verdict is partial.
        var moerkhoej = Verdict("safety", "moerkhoej");
        Assert.Equal(("gap-narrowing", true, 1), (moerkhoej.GetProperty("verdict").GetString(),
            moerkhoej.GetProperty("isPartial").GetBoolean(), moerkhoej.GetProperty("insufficient").GetInt32()));
        // Resident mix: only neutral figures; new-tenants-working has none.
        var mix = Verdict("resident-mix", "gladsaxe");
        Assert.Equal("insufficient-data", mix.GetProperty("verdict").GetString());
        Assert.Equal(["non-western", "residents"], mix.GetProperty("indicatorsNotJudged").EnumerateArray().Select(e => e.GetString()));
    }

    [SkippableFact]
    public async Task Comparisons_answer_csv_with_one_row_per_indicator_and_area()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/comparisons?indicator=feel-safe,convicted");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await Client.SendAsync(request);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = CsvReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1 + 2 * 3, rows.Count);
        var header = rows[0].ToList();
        var vaerebro = rows.Single(r => r[0] == "convicted" && r[1] == "vaerebro-park");
        Assert.Equal("gap-narrowing", vaerebro[header.IndexOf("verdict")]);
        Assert.Equal("lower-is-better", vaerebro[header.IndexOf("direction")]);
        Assert.Equal("2.5", vaerebro[header.IndexOf("baseline_value")]);
    }

    [SkippableFact]
    public async Task Contradictory_or_unknown_parameters_are_400s_naming_them()
    {
        var years = await GetProblemAsync("/api/v1/comparisons?baseline=2023&year=2022", HttpStatusCode.BadRequest);
        Assert.Contains("2023", Assert.Single(ErrorsFor(years, "baseline")));

        var codes = await GetProblemAsync("/api/v1/comparisons?indicator=weather&areas=atlantis&reference=gladsaxe,denmark", HttpStatusCode.BadRequest);
        Assert.Contains("weather", Assert.Single(ErrorsFor(codes, "indicator")));
        Assert.Contains("atlantis", Assert.Single(ErrorsFor(codes, "areas")));
        Assert.NotEmpty(ErrorsFor(codes, "reference"));

        var self = await GetProblemAsync("/api/v1/comparisons?areas=gladsaxe", HttpStatusCode.BadRequest);
        Assert.Contains("reference area", Assert.Single(ErrorsFor(self, "areas")));

        var unknown = await GetProblemAsync("/api/v1/comparisons/themes?area=vaerebro-park", HttpStatusCode.BadRequest);
        Assert.NotEmpty(ErrorsFor(unknown, "area"));
    }
}

public sealed class ComparisonApiSqliteTests(ComparisonFixture<SqliteTestDatabase> fixture)
    : ComparisonApiTests<SqliteTestDatabase>(fixture);

public sealed class ComparisonApiSqlServerTests(ComparisonFixture<SqlServerTestDatabase> fixture)
    : ComparisonApiTests<SqlServerTestDatabase>(fixture);
