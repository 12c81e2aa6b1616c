using SocialBalance.Api.Tests.Features.Charts;
using SocialBalance.Client.Models;
using SocialBalanceNswagClient = SocialBalance.Client.Tests.Nswag.SocialBalanceNswagClient;

namespace SocialBalance.Client.Tests;

/// <summary>
/// The README's charts through the typed clients: each chart comes as the same SVG a browser's <c>&lt;img&gt;</c> gets
/// (Kiota's hand-written <c>GetSvgAsync</c>, NSwag's file answer), and a refusal as the typed problem.
/// </summary>
public sealed class ChartJourneyTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private readonly SocialBalanceClient client = fixture.Client();

    [Fact]
    public async Task Each_chart_comes_as_the_svg_the_service_serves()
    {
        var charts = client.Api.V1.Charts;
        await AssertSameAsServedAsync(
            "/api/v1/charts/indicators/feel-safe?lang=en&width=640",
            await charts.Indicators["feel-safe"].GetSvgAsync(c => { c.QueryParameters.Lang = ChartLanguage.En; c.QueryParameters.Width = 640; }));
        await AssertSameAsServedAsync(
            "/api/v1/charts/gaps?indicator=outside-work-education&areas=vaerebro-park",
            await charts.Gaps.GetSvgAsync(c => { c.QueryParameters.Indicator = "outside-work-education"; c.QueryParameters.Areas = "vaerebro-park"; }));
        await AssertSameAsServedAsync(
            "/api/v1/charts/themes/safety?baseline=2020",
            await charts.Themes["safety"].GetSvgAsync(c => c.QueryParameters.Baseline = 2020));
    }

    [Fact]
    public async Task A_refused_chart_is_a_typed_problem()
    {
        var charts = client.Api.V1.Charts;

        var invalid = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() =>
            charts.Gaps.GetSvgAsync(c => { c.QueryParameters.Indicator = "feel-safe"; c.QueryParameters.Width = 100; }));
        Assert.Equal(400, invalid.Status);
        var error = Assert.Single(ProblemContent.Errors(invalid));
        Assert.Equal("width", error.Key);
        Assert.Contains("320", Assert.Single(error.Value), StringComparison.Ordinal);

        var unknown = await Assert.ThrowsAsync<ProblemDetails>(() => charts.Themes["weather"].GetSvgAsync());
        Assert.Equal(404, unknown.Status);
    }

    [Fact]
    public async Task The_nswag_client_reads_a_chart_as_a_file()
    {
        var nswag = new SocialBalanceNswagClient(fixture.CreateClient());

        using var file = await nswag.GetThemeChartAsync("safety", lang: Nswag.ChartLanguage.En);

        Assert.Equal(200, file.StatusCode);
        using var reader = new StreamReader(file.Stream);
        var chart = SvgChart.Parse(await reader.ReadToEndAsync());
        Assert.Equal("Safety", chart.Title);
        Assert.Equal(4, chart.Verdicts.Count);
    }

    private async Task AssertSameAsServedAsync(string path, Stream? typed)
    {
        Assert.NotNull(typed);
        using var reader = new StreamReader(typed);
        var read = await reader.ReadToEndAsync();
        using var http = fixture.CreateClient();
        Assert.Equal(await http.GetStringAsync(path), read);
        var chart = SvgChart.Parse(read);
        Assert.True(chart.Points.Count + chart.Verdicts.Count > 0, $"{path} marks nothing.");
    }
}
