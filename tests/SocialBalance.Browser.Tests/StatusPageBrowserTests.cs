using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using SocialBalance.Api.Tests.Features.StatusPage;
using SocialBalance.Browser.Tests.Infrastructure;

namespace SocialBalance.Browser.Tests;

/// <summary>
/// The status page in a real Chromium, in Danish and English: it renders without a console error or a content security
/// policy violation, shows the ambition's verdict, loads every chart it shows, is readable on a phone, and axe-core
/// finds no serious or critical accessibility violation.
/// </summary>
public sealed class StatusPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<string> OverallOutcomeAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.Service.Address };
        var ambition = await http.GetFromJsonAsync<JsonElement>("/api/v1/ambition");
        return ambition.GetProperty("outcome").GetString()!;
    }

    private static string PagePath(string lang) => lang == "da" ? "/" : $"/?lang={lang}";

    [SkippableTheory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task The_page_renders_cleanly_shows_the_verdict_and_loads_every_chart(string lang)
    {
        await using var watched = await fixture.OpenAsync();
        await watched.GotoAsync(fixture.Service.Url(PagePath(lang)));
        var page = watched.Page;

        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        var outcome = await OverallOutcomeAsync();
        var verdict = page.Locator("#overall-verdict");
        Assert.Equal(outcome, await verdict.GetAttributeAsync("data-verdict"));
        Assert.Equal(StatusPageWords.For(lang, outcome), (await verdict.InnerTextAsync()).Trim());
        Assert.True(await verdict.IsVisibleAsync());

        // Every chart the page shows has loaded as an image the browser could draw.
        var images = await page.EvaluateAsync<ImageState[]>(
            "() => Array.from(document.images).map(i => ({ src: i.getAttribute('src'), complete: i.complete, naturalWidth: i.naturalWidth }))");
        Assert.Equal(9, images.Length);
        Assert.All(images, image => Assert.True(image.Complete && image.NaturalWidth > 0, $"{image.Src} did not load"));
        watched.AssertClean();
    }

    [SkippableTheory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Axe_finds_no_serious_or_critical_violation(string lang)
    {
        await using var watched = await fixture.OpenAsync();
        await watched.GotoAsync(fixture.Service.Url(PagePath(lang)));

        var result = await watched.Page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, "axe-core: " + string.Join('\n', serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} ({v.HelpUrl}) at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
        Assert.NotEmpty(result.Passes);
        watched.AssertClean();
    }

    [SkippableFact]
    public async Task On_a_phone_nothing_is_wider_than_the_screen()
    {
        await using var watched = await fixture.OpenAsync(width: 375, height: 812);
        await watched.GotoAsync(fixture.Service.Url("/"));

        var widths = await watched.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide on a {widths[1]} px screen");
        var image = await watched.Page.EvaluateAsync<int>("() => Math.max(...Array.from(document.images).map(i => i.getBoundingClientRect().width))");
        Assert.InRange(image, 1, widths[1]);
        watched.AssertClean();
    }

    /// <summary>What the browser says of one image (Playwright fills it by its properties).</summary>
    private sealed class ImageState
    {
        public string Src { get; set; } = "";

        public bool Complete { get; set; }

        public int NaturalWidth { get; set; }
    }
}
