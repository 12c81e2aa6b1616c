using Microsoft.Playwright;

namespace SocialBalance.Browser.Tests.Infrastructure;

/// <summary>
/// One Chromium and one service for a test class. Without a browser (a developer's machine) nothing starts, and every
/// test is skipped with the reason.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private ServiceUnderTest? service;

    public string? SkipReason { get; private set; }

    public IBrowser Browser => browser ?? throw new InvalidOperationException("No browser was started.");

    public ServiceUnderTest Service => service ?? throw new InvalidOperationException("No service was started.");

    public async Task InitializeAsync()
    {
        var (path, skipReason) = Chromium.Locate();
        SkipReason = skipReason;
        if (path is null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Timeout = 120_000 });
        service = await ServiceUnderTest.StartAsync();
    }

    /// <summary>Skips the test when there is no browser here.</summary>
    public void Require() => Skip.If(SkipReason is not null, SkipReason);

    /// <summary>A fresh browser context (no cache, no cookies) whose pages report what goes wrong in them.</summary>
    public async Task<WatchedPage> OpenAsync(int width = 1280, int height = 900)
    {
        Require();
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        return await WatchedPage.OpenAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        service?.Dispose();
    }
}
