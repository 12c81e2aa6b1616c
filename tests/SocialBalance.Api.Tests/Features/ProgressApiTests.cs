using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class ProgressApiTests<TDatabase>(ProgressFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ProgressFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task<JsonElement> SeriesAsync(string indicator, string area) =>
        Assert.Single((await GetJsonAsync($"/api/v1/progress?indicator={indicator}&area={area}")).GetProperty("series").EnumerateArray());

    [SkippableFact]
    public async Task Without_a_target_growth_is_judged_against_thresholds_shrunk_near_the_limit()
    {
        var series = await SeriesAsync("good-health", "vaerebro-park");

        // CAGR = (51 / 50)^(1/2) − 1 = 1.0099505 − 1 = 0.0099505 → 0.00995 (6 decimals); p = +1 · +1 · 0.00995.
        Assert.Equal(0.00995, series.GetProperty("observedCagr").GetDouble());
        Assert.Equal(0.00995, series.GetProperty("progressValue").GetDouble());
        // L = 100 (valid range's top), b = 50 ≤ L: c = 1 − 0.5^4.44 = 1 − 0.0460709 = 0.9539291 → 0.953929.
        Assert.Equal(100, series.GetProperty("limit").GetDouble());
        Assert.Equal(0.953929, series.GetProperty("coefficient").GetDouble());
        // high = 0.015 · c = 0.014309 > p ≥ medium = 0.005 · c = 0.00477: moderate.
        Assert.Equal((0.014309, 0.00477), (series.GetProperty("thresholds").GetProperty("high").GetDouble(),
            series.GetProperty("thresholds").GetProperty("medium").GetDouble()));
        Assert.Equal("moderate", series.GetProperty("status").GetString());
        // score = 250 · p / c − 1.25 = 250 · 0.00995 / 0.953929 − 1.25 = 1.3576356.
        Assert.Equal(1.357636, series.GetProperty("score").GetDouble());
        Assert.Equal("without-target", series.GetProperty("method").GetString());
        Assert.Equal([2020, 2022], series.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("year").GetInt32()));
    }

    [SkippableFact]
    public async Task Several_areas_combine_as_the_mean_score()
    {
        var response = await GetJsonAsync("/api/v1/progress?indicator=good-health&area=vaerebro-park,hoeje-gladsaxe");

        // Høje Gladsaxe: CAGR = (57 / 60)^(1/2) − 1 = −0.0253206 < 0: deterioration;
        // score = max(125 · −0.0253206 − 2.5, −5) = max(−5.665, −5) = −5.
        var hoeje = response.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("area").GetProperty("code").GetString() == "hoeje-gladsaxe");
        Assert.Equal("deterioration", hoeje.GetProperty("status").GetString());
        Assert.Equal(-5, hoeje.GetProperty("score").GetDouble());
        // Mean = (1.357636 + (−5)) / 2 = −1.821182: −2.5 ≤ s < 0 → limited.
        var summary = response.GetProperty("summary");
        Assert.Equal(-1.821182, summary.GetProperty("meanScore").GetDouble());
        Assert.Equal("limited", summary.GetProperty("status").GetString());
        Assert.Equal(2, summary.GetProperty("scoredCount").GetInt32());
    }

    [SkippableFact]
    public async Task A_zero_base_value_is_replaced_by_a_thousandth()
    {
        var series = await SeriesAsync("youth-leisure", "hoeje-gladsaxe");

        Assert.Equal(0, series.GetProperty("baseValue").GetDouble());
        Assert.Equal(0.001, series.GetProperty("baseValueUsed").GetDouble());
        // CAGR = (10 / 0.001)^(1/2) − 1 = 100 − 1 = 99; b = 0 ≤ L: c = 1 − 0^4.44 = 1; score = min(500 · 99 − 5, 5) = 5.
        Assert.Equal(99, series.GetProperty("observedCagr").GetDouble(), 9);
        Assert.Equal(1, series.GetProperty("coefficient").GetDouble());
        Assert.Equal(("substantial", 5.0), (series.GetProperty("status").GetString(), series.GetProperty("score").GetDouble()));
    }

    [SkippableFact]
    public async Task Opposite_signs_and_a_single_figure_are_not_available_with_the_reason()
    {
        var signs = await SeriesAsync("gross-income", "moerkhoej");   // −100 → 200
        Assert.Equal(("not-available", "opposite-signs"), (signs.GetProperty("status").GetString(), signs.GetProperty("reason").GetString()));
        Assert.Equal(-1, signs.GetProperty("sign").GetInt32());
        Assert.Equal(JsonValueKind.Null, signs.GetProperty("score").ValueKind);

        var single = await SeriesAsync("association-members", "vaerebro-park");   // 2021 only
        Assert.Equal("fewer-than-two-years", single.GetProperty("reason").GetString());
        Assert.Equal("the series has fewer than 2 years with figures", single.GetProperty("reasonText").GetString());
        Assert.Equal(2021, single.GetProperty("currentYear").GetInt32());

        var neutral = await SeriesAsync("residents", "vaerebro-park");
        Assert.Equal("neutral-direction", neutral.GetProperty("reason").GetString());
    }

    [SkippableFact]
    public async Task The_indicator_is_required_and_must_be_one_known_code()
    {
        var missing = await GetProblemAsync("/api/v1/progress", HttpStatusCode.BadRequest);
        Assert.NotEmpty(ErrorsFor(missing, "indicator"));

        var two = await GetProblemAsync("/api/v1/progress?indicator=feel-safe,convicted&area=atlantis", HttpStatusCode.BadRequest);
        Assert.Contains("exactly one", ErrorsFor(two, "indicator")[0]);
        Assert.Contains("atlantis", Assert.Single(ErrorsFor(two, "area")));
    }

    [SkippableFact]
    public async Task Progress_answers_csv_with_one_row_per_area()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/progress?indicator=good-health&area=vaerebro-park,hoeje-gladsaxe");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await Client.SendAsync(request);

        var rows = CsvReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, rows.Count);
        Assert.Equal(["hoeje-gladsaxe", "vaerebro-park"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal("moderate", rows[2][rows[0].ToList().IndexOf("status")]);
    }
}

public sealed class ProgressApiSqliteTests(ProgressFixture<SqliteTestDatabase> fixture)
    : ProgressApiTests<SqliteTestDatabase>(fixture);

public sealed class ProgressApiSqlServerTests(ProgressFixture<SqlServerTestDatabase> fixture)
    : ProgressApiTests<SqlServerTestDatabase>(fixture);
