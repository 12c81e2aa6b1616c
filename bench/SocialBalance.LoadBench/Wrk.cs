using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialBalance.LoadBench;

public sealed record WrkResult(string Name, double RequestsPerSecond, double P99Milliseconds, long Requests, int Errors);

/// <summary>Runs wrk (Debian package) with latency statistics and reads its summary.</summary>
public static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string name, string url, int seconds, int connections)
    {
        var info = new ProcessStartInfo("wrk", $"-t2 -c{connections} -d{seconds}s --latency --timeout 10s {url}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start; apt-get install wrk");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = Latency(P99().Match(output));
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccess().Match(output);
        var errors = non2xx.Success ? int.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new WrkResult(name, rps, p99, requests, errors);
    }

    private static double Latency(Match match)
    {
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            _ => throw new FormatException("Unknown latency unit " + match.Groups[2].Value),
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"99%\s+([\d.]+)(us|ms|s)")]
    private static partial Regex P99();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
