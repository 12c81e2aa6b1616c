using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialBalance.LoadBench;

/// <summary>One wrk run's summary; <paramref name="SocketErrors"/> counts connect, read and write errors and timeouts.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P99Milliseconds, long Requests, int Errors, int SocketErrors);

/// <summary>Runs wrk (Debian package) with latency statistics and reads its summary.</summary>
public static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, int seconds, int connections)
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
        var socket = SocketErrors().Match(output);
        var socketErrors = socket.Success ? Enumerable.Range(1, 4).Sum(g => int.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture)) : 0;
        return new WrkResult(rps, p99, requests, errors, socketErrors);
    }

    private static double Latency(Match match)
    {
        if (!match.Success)
        {
            return double.NaN; // no answer at all within the run
        }

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

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
