using System.Net.Http.Json;
using System.Text.Json;
using SocialBalance.Browser.Tests.Infrastructure;

namespace SocialBalance.Browser.Tests;

/// <summary>
/// A chart opened on its own in Chromium, as a link from the page or a dashboard would open it: an SVG document that
/// draws without a console error or a content security policy violation, with a marker for each of its figures.
/// </summary>
public sealed class ChartBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_themes_chart_draws_a_verdict_for_each_area_as_the_ambition_gives_them()
    {
        await using var watched = await fixture.OpenAsync();
        var response = await watched.GotoAsync(fixture.Service.Url("/api/v1/charts/themes/safety?lang=da"));
        Assert.Equal("image/svg+xml", (await response.HeaderValueAsync("content-type"))?.Split(';')[0]);

        var drawn = await watched.Page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries(Array.from(document.querySelectorAll('svg .verdict')).map(c => [c.getAttribute('data-area'), c.getAttribute('data-verdict')]))");

        using var http = new HttpClient { BaseAddress = fixture.Service.Address };
        var ambition = await http.GetFromJsonAsync<JsonElement>("/api/v1/ambition");
        var expected = ambition.GetProperty("gapsShrink").EnumerateArray().Prepend(ambition.GetProperty("improvement"))
            .ToDictionary(
                a => a.GetProperty("area").GetProperty("code").GetString()!,
                a => a.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetProperty("code").GetString() == "safety").GetProperty("verdict").GetString()!);
        Assert.Equal(expected, drawn);
        watched.AssertClean();
    }

    [SkippableFact]
    public async Task An_indicators_chart_draws_a_marker_for_each_figure()
    {
        await using var watched = await fixture.OpenAsync();
        var response = await watched.GotoAsync(fixture.Service.Url("/api/v1/charts/indicators/feel-safe?lang=en"));
        Assert.Equal("image/svg+xml", (await response.HeaderValueAsync("content-type"))?.Split(';')[0]);

        var markers = await watched.Page.EvaluateAsync<int>("() => document.querySelectorAll('svg .point').length");

        Assert.True(markers > 0, "The chart has no data points (class point).");
        Assert.Equal("en", await watched.Page.EvaluateAsync<string>("() => document.documentElement.getAttribute('xml:lang')"));
        watched.AssertClean();
    }
}
