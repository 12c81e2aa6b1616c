using System.Buffers.Binary;
using SocialBalance.Browser.Tests.Infrastructure;

namespace SocialBalance.Browser.Tests;

/// <summary>
/// The whole status page as Chromium draws it at 1280 px, as a PNG. <c>build/screenshot-status-page.sh</c> runs this
/// test with <c>SOCIALBALANCE_SCREENSHOT</c> naming where to keep it (<c>docs/status-page.png</c>, shown in the README).
/// </summary>
public sealed class StatusPageScreenshotTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public const string EnvironmentVariable = "SOCIALBALANCE_SCREENSHOT";

    private const int Width = 1280;

    [SkippableFact]
    public async Task The_full_page_is_drawn_1280_pixels_wide()
    {
        await using var watched = await fixture.OpenAsync(width: Width, height: 900);
        await watched.GotoAsync(fixture.Service.Url("/"));

        var png = await watched.Page.ScreenshotAsync(new() { FullPage = true, Type = Microsoft.Playwright.ScreenshotType.Png });

        // PNG: an 8-byte signature, then the IHDR chunk with the width and height, big-endian.
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        Assert.True(height > 900, $"the full page is only {height} px high");
        watched.AssertClean();

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path)
        {
            await File.WriteAllBytesAsync(path, png);
        }
    }
}
