using System.Diagnostics;
using System.Security.Cryptography;
using SocialBalance.Api.Tests.Faults;
using SocialBalance.Api.Tests.Features.Charts;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// A slim server may have no font at all. The published service, started where the machine's font folders are empty
/// (a mount namespace of its own with nothing over them), must draw each chart exactly as it does beside the fonts:
/// its text is measured with the font it carries, never with one it finds.
/// </summary>
public sealed class FontlessMachineTests
{
    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts"];

    /// <summary>Empties each font folder there is, in a mount namespace only the service sees, then starts it.</summary>
    private static readonly string[] WithoutFonts =
    [
        "unshare", "--mount", "--propagation", "private", "sh", "-c",
        "for d in " + string.Join(' ', FontFolders) + "; do if [ -d \"$d\" ]; then mount -t tmpfs none \"$d\" || exit 97; fi; done; exec \"$@\"",
        "without-fonts",
    ];

    private static readonly string[] Charts =
    [
        "/api/v1/charts/indicators/outside-work-education?lang=en",
        "/api/v1/charts/gaps?indicator=gross-income",
        "/api/v1/charts/themes/self-sufficiency?width=320&height=200",
    ];

    [SkippableFact]
    public async Task Without_a_font_on_the_machine_the_published_service_draws_every_chart_byte_for_byte_the_same()
    {
        Skip.IfNot(FontFolders.Any(Directory.Exists), "This machine has no font folder, so every published-service test already ran without fonts.");
        Skip.IfNot(await CanHideFontsAsync(), "No mount namespace can be made here (it takes root and unshare), so the fonts cannot be hidden from the service.");
        var folder = await PublishedOutput.FolderAsync();

        using var withFontsDatabase = new SqliteTestDatabase();
        using var withoutFontsDatabase = new SqliteTestDatabase();
        using var withFonts = await StartAsync(folder, withFontsDatabase, wrapper: null);
        using var withoutFonts = await StartAsync(folder, withoutFontsDatabase, WithoutFonts);
        using var beside = CheckedClients.Over(withFonts.Address, TimeSpan.FromMinutes(1));
        using var bare = CheckedClients.Over(withoutFonts.Address, TimeSpan.FromMinutes(1));

        foreach (var url in Charts)
        {
            var expected = await beside.GetStringAsync(url);
            var drawn = await bare.GetStringAsync(url);
            Assert.True(expected == drawn, $"{url} differs without fonts:\n{drawn}\n{withoutFonts.Output}");
            var chart = SvgChart.Parse(drawn);
            Assert.NotEmpty(chart.Texts);
            Assert.True(chart.Points.Count + chart.Verdicts.Count > 0, $"{url} marks nothing.");
        }
    }

    private static Task<ServiceProcess> StartAsync(string folder, SqliteTestDatabase database, IReadOnlyList<string>? wrapper)
    {
        var settings = database.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? "");
        settings["Database__SeedDemoData"] = "true";
        return ServiceProcess.StartFromAsync(
            folder, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), settings, TimeSpan.FromMinutes(3), wrapper);
    }

    private static async Task<bool> CanHideFontsAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            using var probe = Process.Start(new ProcessStartInfo(WithoutFonts[0], [.. WithoutFonts.Skip(1), "true"])
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (probe is null)
            {
                return false;
            }

            await probe.WaitForExitAsync();
            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
