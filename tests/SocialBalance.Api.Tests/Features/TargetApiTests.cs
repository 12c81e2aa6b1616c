using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class TargetApiTests<TDatabase>(ProgressFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ProgressFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Lists_targets_in_catalogue_order_and_filters_them()
    {
        var all = await GetJsonAsync("/api/v1/targets");
        // Indicators in catalogue order: outside-work-education (1), convicted (4), feel-safe (5); then areas.
        Assert.Equal([4, 3, 1, 2], all.EnumerateArray().Select(t => t.GetProperty("id").GetInt32()));

        var vaerebro = await GetJsonAsync("/api/v1/targets?area=vaerebro-park&indicator=outside-work-education");
        var gap = Assert.Single(vaerebro.EnumerateArray());
        Assert.Equal("gap", gap.GetProperty("kind").GetString());
        Assert.Equal(0.5, gap.GetProperty("remainingShare").GetDouble());
        Assert.Equal("gladsaxe", gap.GetProperty("referenceArea").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, gap.GetProperty("targetValue").ValueKind);
    }

    [SkippableFact]
    public async Task One_target_has_its_names_note_and_timestamp()
    {
        var target = await GetJsonAsync($"/api/v1/targets/{ProgressFixture<TDatabase>.AchievedTarget}");

        Assert.Equal("Tryghed i området", target.GetProperty("indicator").GetProperty("name").GetProperty("da").GetString());
        Assert.Equal(("value", 85.0, 2030), (target.GetProperty("kind").GetString(), target.GetProperty("targetValue").GetDouble(),
            target.GetProperty("targetYear").GetInt32()));
        Assert.Equal("Target", target.GetProperty("note").GetProperty("en").GetString());
        Assert.Equal(Figures.ArrangedAt, target.GetProperty("lastUpdated").GetDateTimeOffset());
    }

    [SkippableFact]
    public async Task Unknown_target_is_a_404_problem_on_both_routes()
    {
        Assert.Contains("99", (await GetProblemAsync("/api/v1/targets/99", HttpStatusCode.NotFound)).GetProperty("title").GetString());
        await GetProblemAsync("/api/v1/targets/99/progress", HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Progress_toward_a_value_target_gives_the_ratio_of_growth_rates()
    {
        var response = await GetJsonAsync($"/api/v1/targets/{ProgressFixture<TDatabase>.ConvictedTarget}/progress");

        var progress = response.GetProperty("progress");
        // observed = (1.6 / 2.0)^(1/3) − 1 = 0.9283178 − 1 = −0.0716822 → −0.071682 (6 decimals)
        Assert.Equal(-0.071682, progress.GetProperty("observedCagr").GetDouble());
        // required = (1.0 / 2.0)^(1/10) − 1 = 0.9330330 − 1 = −0.0669670 → −0.066967
        Assert.Equal(-0.066967, progress.GetProperty("requiredCagr").GetDouble());
        // r = +1 · −1 · −0.071682 / 0.066967 = 1.0704078 ≥ 0.95: substantial
        Assert.Equal(1.070408, progress.GetProperty("progressValue").GetDouble());
        Assert.Equal("substantial", progress.GetProperty("status").GetString());
        // score = min(7.1429 · 1.070408 − 4.2857, 5) = 3.3601173
        Assert.Equal(3.360117, progress.GetProperty("score").GetDouble());
        Assert.Equal(("with-target", 1.0, 2030), (progress.GetProperty("method").GetString(),
            progress.GetProperty("targetValue").GetDouble(), progress.GetProperty("targetYear").GetInt32()));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("gapTarget").ValueKind);
    }

    [SkippableFact]
    public async Task A_value_at_or_beyond_the_target_is_achieved()
    {
        var response = await GetJsonAsync($"/api/v1/targets/{ProgressFixture<TDatabase>.AchievedTarget}/progress");

        var progress = response.GetProperty("progress");
        Assert.Equal(("target-achieved", 5.0), (progress.GetProperty("status").GetString(), progress.GetProperty("score").GetDouble())); // 86 ≥ 85
        Assert.Equal("current value 86 (2023) ≥ target 85: target achieved, score 5", progress.GetProperty("formula").GetString());
    }

    [SkippableFact]
    public async Task A_gap_target_becomes_a_target_value_from_the_reference()
    {
        var response = await GetJsonAsync($"/api/v1/targets/{ProgressFixture<TDatabase>.GapTarget}/progress");

        var gap = response.GetProperty("gapTarget");
        Assert.Equal(20, gap.GetProperty("baselineShortfall").GetDouble());    // 30 − 10 (lower is better)
        Assert.Equal(10, gap.GetProperty("targetShortfall").GetDouble());      // 20 × 0.5
        Assert.Equal((2023, 9.0), (gap.GetProperty("referenceYear").GetInt32(), gap.GetProperty("referenceValue").GetDouble()));
        Assert.Equal(19, gap.GetProperty("targetValue").GetDouble());          // 9 + 10

        var progress = response.GetProperty("progress");
        // observed = (28 / 30)^(1/3) − 1 = −0.022735; required = (19 / 30)^(1/10) − 1 = −0.044648 (6 decimals)
        // r = −1 · −0.022735 / 0.044648 = 0.509205 < 0.6: limited; score = max(4.1667 · 0.509205 − 2.5, −5) = −0.378296
        Assert.Equal(0.509205, progress.GetProperty("progressValue").GetDouble());
        Assert.Equal("limited", progress.GetProperty("status").GetString());
        Assert.Equal(-0.378296, progress.GetProperty("score").GetDouble());
    }

    [SkippableFact]
    public async Task A_gap_target_without_figures_is_not_computable_and_names_them()
    {
        var response = await GetJsonAsync("/api/v1/targets/4/progress");   // Mørkhøj has no figures

        var progress = response.GetProperty("progress");
        Assert.Equal(("not-available", "gap-not-computable"), (progress.GetProperty("status").GetString(), progress.GetProperty("reason").GetString()));
        Assert.Contains(response.GetProperty("missingFigures").EnumerateArray(),
            m => m.GetProperty("area").GetString() == "moerkhoej" && m.GetProperty("year").GetInt32() == 2020);
    }

    [SkippableFact]
    public async Task Targets_answer_csv_and_reject_unknown_filters()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/targets");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await Client.SendAsync(request);
        var rows = CsvReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(5, rows.Count);
        Assert.Equal(["4", "outside-work-education", "moerkhoej"], rows[1].Take(3));

        var problem = await GetProblemAsync("/api/v1/targets?area=atlantis", HttpStatusCode.BadRequest);
        Assert.Contains("atlantis", Assert.Single(ErrorsFor(problem, "area")));
    }
}

public sealed class TargetApiSqliteTests(ProgressFixture<SqliteTestDatabase> fixture)
    : TargetApiTests<SqliteTestDatabase>(fixture);

public sealed class TargetApiSqlServerTests(ProgressFixture<SqlServerTestDatabase> fixture)
    : TargetApiTests<SqlServerTestDatabase>(fixture);
