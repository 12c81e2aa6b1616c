using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Retractions;

/// <summary>
/// One test per derived endpoint, worked out by hand on <see cref="RetractionFixture{TDatabase}"/>: a figure is
/// posted that would change the answer (checked, so the test can fail), then retracted over HTTP, and the answer
/// is the hand-computed one from the figures that stand.
/// </summary>
public abstract class RetractionByHandTests<TDatabase>(RetractionFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<RetractionFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string SafetyThemes = "/api/v1/comparisons/themes?theme=safety&areas=vaerebro-park";

    [SkippableFact]
    public async Task Progress_measures_to_the_latest_standing_figure()
    {
        const string Url = "/api/v1/progress?indicator=feel-safe&area=vaerebro-park";
        await AdminClient.PostFiguresAsync(("feel-safe", "vaerebro-park", 2024, 50));
        Assert.Equal(2024, Series(await GetJsonAsync(Url)).GetProperty("currentYear").GetInt32());

        await AdminClient.RetractStandingAsync("feel-safe", "vaerebro-park", 2024);

        var series = Series(await GetJsonAsync(Url));
        Assert.Equal((2020, 60.0, 2023, 66.0), (series.GetProperty("baseYear").GetInt32(), series.GetProperty("baseValue").GetDouble(),
            series.GetProperty("currentYear").GetInt32(), series.GetProperty("currentValue").GetDouble()));
        // CAGR = (66 / 60)^(1/3) − 1 = 1.1^(1/3) − 1 = 0.0322801; c = 1 − 0.6^4.44 = 0.8964859; 0.0322801 ≥ 0.015 × c: substantial.
        Assert.Equal(0.0322801155, series.GetProperty("observedCagr").GetDouble(), 6);
        Assert.Equal("substantial", series.GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task A_gap_target_takes_its_reference_value_from_the_standing_figures()
    {
        using var created = await AdminClient.PostAsJsonAsync("/api/v1/admin/targets", new
        {
            indicator = "feel-safe",
            area = "vaerebro-park",
            baselineYear = 2020,
            targetYear = 2030,
            kind = "gap",
            remainingShare = 0.5,
        });
        var id = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var url = $"/api/v1/targets/{id}/progress";
        await AdminClient.PostFiguresAsync(("feel-safe", "gladsaxe", 2024, 90));
        await AdminClient.PostFiguresAsync(("feel-safe", "vaerebro-park", 2024, 70));
        Assert.Equal(2024, (await GetJsonAsync(url)).GetProperty("gapTarget").GetProperty("referenceYear").GetInt32());

        await AdminClient.RetractStandingAsync("feel-safe", "gladsaxe", 2024);
        await AdminClient.RetractStandingAsync("feel-safe", "vaerebro-park", 2024);

        var answer = await GetJsonAsync(url);
        var gap = answer.GetProperty("gapTarget");
        // Baseline shortfall 80 − 60 = 20, halved to 10; the reference's latest standing figure 84 (2023): 84 − 10 = 74.
        Assert.Equal((2023, 84.0, 20.0, 74.0), (gap.GetProperty("referenceYear").GetInt32(), gap.GetProperty("referenceValue").GetDouble(),
            gap.GetProperty("baselineShortfall").GetDouble(), gap.GetProperty("targetValue").GetDouble()));
        var progress = answer.GetProperty("progress");
        // observed (66 / 60)^(1/3) − 1 = 0.0322801; required (74 / 60)^(1/10) − 1 = 0.0211935; r = 1.5231 ≥ 0.95: substantial.
        Assert.Equal((2023, 66.0), (progress.GetProperty("currentYear").GetInt32(), progress.GetProperty("currentValue").GetDouble()));
        Assert.Equal(0.0211935, progress.GetProperty("requiredCagr").GetDouble(), 6);
        Assert.Equal("substantial", progress.GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task A_comparison_ends_in_the_latest_year_both_areas_have_a_standing_figure()
    {
        const string Url = "/api/v1/comparisons?indicator=feel-safe&areas=vaerebro-park";
        await AdminClient.PostFiguresAsync(("feel-safe", "gladsaxe", 2024, 85));
        await AdminClient.PostFiguresAsync(("feel-safe", "vaerebro-park", 2024, 50));
        Assert.Equal("gap-not-narrowing", Item(await GetJsonAsync(Url)).GetProperty("verdict").GetString());

        await AdminClient.RetractStandingAsync("feel-safe", "vaerebro-park", 2024);

        var item = Item(await GetJsonAsync(Url));
        var latest = item.GetProperty("latest");
        // Gladsaxe's 2024 stands alone: the latest common year is 2023, shortfall 84 − 66 = 18 < 20 at the baseline.
        Assert.Equal((2023, 66.0, 84.0, 18.0), (latest.GetProperty("year").GetInt32(), latest.GetProperty("areaValue").GetDouble(),
            latest.GetProperty("referenceValue").GetDouble(), latest.GetProperty("shortfall").GetDouble()));
        Assert.Equal(("gap-narrowing", -2.0), (item.GetProperty("verdict").GetString(), item.GetProperty("shortfallChange").GetDouble()));
        await AdminClient.RetractStandingAsync("feel-safe", "gladsaxe", 2024);
    }

    [SkippableFact]
    public async Task A_theme_verdict_judges_the_standing_trend()
    {
        await AdminClient.PostFiguresAsync(("convicted", "gladsaxe", 2024, 2.5));
        Assert.Equal("not-met", MunicipalityVerdict(await GetJsonAsync(SafetyThemes)).GetProperty("outcome").GetString());

        await AdminClient.RetractStandingAsync("convicted", "gladsaxe", 2024);

        var verdict = MunicipalityVerdict(await GetJsonAsync(SafetyThemes));
        // Gladsaxe: convicted 2.0 → 1.8 and feeling safe 80 → 84, both improving: the safety theme is met.
        Assert.Equal(("met", 2, 2), (verdict.GetProperty("outcome").GetString(), verdict.GetProperty("considered").GetInt32(),
            verdict.GetProperty("improved").GetInt32()));
        var convicted = verdict.GetProperty("trends").EnumerateArray().Single(t => t.GetProperty("indicator").GetProperty("code").GetString() == "convicted");
        Assert.Equal((2023, 1.8), (convicted.GetProperty("latestYear").GetInt32(), convicted.GetProperty("latestValue").GetDouble()));
    }

    [SkippableFact]
    public async Task The_ambition_judges_the_standing_trend()
    {
        await AdminClient.PostFiguresAsync(("convicted", "gladsaxe", 2024, 2.5));
        Assert.Contains("safety", ThemesFailing(await GetJsonAsync("/api/v1/ambition")));

        await AdminClient.RetractStandingAsync("convicted", "gladsaxe", 2024);

        var ambition = await GetJsonAsync("/api/v1/ambition");
        Assert.DoesNotContain("safety", ThemesFailing(ambition));
        var safety = ambition.GetProperty("improvement").GetProperty("themes").EnumerateArray()
            .Single(t => t.GetProperty("theme").GetProperty("code").GetString() == "safety");
        Assert.Equal("met", safety.GetProperty("outcome").GetString());
    }

    [SkippableFact]
    public async Task An_area_list_status_never_averages_a_retracted_figure()
    {
        const string Url = "/api/v1/areas/moerkhoej/list-status?year=2022";
        Assert.Equal("vulnerable", (await GetJsonAsync(Url)).GetProperty("category").GetProperty("code").GetString());

        await AdminClient.RetractStandingAsync("outside-work-education", "moerkhoej", 2021);
        try
        {
            var status = await GetJsonAsync(Url);
            // Without the 2021 figure, criterion 1 is unknown, and it alone decides between none and vulnerable.
            Assert.Equal("insufficient-data", status.GetProperty("outcome").GetString());
            var first = status.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "C1");
            Assert.Equal([2020], first.GetProperty("areaValues").EnumerateArray().Select(v => v.GetProperty("year").GetInt32()));
            var missing = Assert.Single(first.GetProperty("missingFigures").EnumerateArray());
            Assert.Equal(("moerkhoej", 2021), (missing.GetProperty("area").GetString(), missing.GetProperty("year").GetInt32()));
        }
        finally
        {
            await AdminClient.PostFiguresAsync(("outside-work-education", "moerkhoej", 2021, 45));
        }
    }

    [SkippableFact]
    public async Task The_national_list_never_averages_a_retracted_figure()
    {
        await AdminClient.PostFiguresAsync(("outside-work-education", "moerkhoej", 2020, 30));
        // (30 + 45) / 2 = 37.5, not > 40: one criterion at the higher thresholds, so no category.
        Assert.Equal("none", Moerkhoej(await GetJsonAsync("/api/v1/list-status?year=2022")).GetProperty("category").GetProperty("code").GetString());

        await AdminClient.RetractStandingAsync("outside-work-education", "moerkhoej", 2020);
        try
        {
            var status = Moerkhoej(await GetJsonAsync("/api/v1/list-status?year=2022"));
            Assert.Equal("insufficient-data", status.GetProperty("outcome").GetString());
        }
        finally
        {
            await AdminClient.PostFiguresAsync(("outside-work-education", "moerkhoej", 2020, 45));
        }

        Assert.Equal("vulnerable", Moerkhoej(await GetJsonAsync("/api/v1/list-status?year=2022")).GetProperty("category").GetProperty("code").GetString());
    }

    private static JsonElement Series(JsonElement progress) => Assert.Single(progress.GetProperty("series").EnumerateArray());

    private static JsonElement Item(JsonElement comparison) => Assert.Single(comparison.GetProperty("items").EnumerateArray());

    private static JsonElement MunicipalityVerdict(JsonElement themes) =>
        themes.GetProperty("items").EnumerateArray().Single(v => v.GetProperty("area").GetProperty("code").GetString() == "gladsaxe");

    private static IEnumerable<string?> ThemesFailing(JsonElement ambition) =>
        ambition.GetProperty("improvement").GetProperty("themesFailing").EnumerateArray().Select(t => t.GetString());

    private static JsonElement Moerkhoej(JsonElement list) =>
        list.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("area").GetProperty("code").GetString() == "moerkhoej");
}

public sealed class RetractionByHandSqliteTests(RetractionFixture<SqliteTestDatabase> fixture)
    : RetractionByHandTests<SqliteTestDatabase>(fixture);

public sealed class RetractionByHandSqlServerTests(RetractionFixture<SqlServerTestDatabase> fixture)
    : RetractionByHandTests<SqlServerTestDatabase>(fixture);
