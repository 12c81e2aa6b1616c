namespace SocialBalance.Browser.Tests.Infrastructure;

/// <summary>
/// The Chromium the tests drive: Debian's package (<c>/usr/bin/chromium</c>), never a browser Playwright downloads. On
/// a machine without it the browser tests are skipped with the reason; where <c>SOCIALBALANCE_TEST_BROWSER</c> names a
/// browser (CI does), it must be there, and its absence fails the tests instead.
/// </summary>
public static class Chromium
{
    public const string EnvironmentVariable = "SOCIALBALANCE_TEST_BROWSER";

    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>The browser to launch, or null with the reason to skip.</summary>
    public static (string? Path, string? SkipReason) Locate()
    {
        var required = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(required))
        {
            Assert.True(File.Exists(required), $"{EnvironmentVariable} names {required}, which does not exist: install Chromium (apt-get install chromium).");
            return (required, null);
        }

        return File.Exists(DebianPath)
            ? (DebianPath, null)
            : (null, $"No Chromium at {DebianPath}: install it (apt-get install chromium) to run the browser tests, or set {EnvironmentVariable} to a Chromium to require them.");
    }
}
