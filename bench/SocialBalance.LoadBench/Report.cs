using System.Globalization;

namespace SocialBalance.LoadBench;

/// <summary>
/// Prints one engine's results as a markdown table: per endpoint and target the median over the rounds of req/s
/// and of p99, each instance's share of the ceiling per round and its median, and the spread of the rounds; then
/// the machine's state during the runs and the services' peak memory.
/// </summary>
public static class Report
{
    public static void Print(EngineResult result, LoadOptions options)
    {
        var runs = result.Endpoints.SelectMany(e => e.Runs).ToList();
        Console.WriteLine();
        Console.WriteLine($"### {result.Database.Engine}");
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"{result.Figures:N0} figures ({result.Areas:N0} housing areas x {NationalData.Indicators} indicators x {NationalData.Years} years, plus the reference areas). ")
            + Invariant($"wrk -t2 -c{options.Connections} -d{options.Seconds}s, a {EngineRun.WarmUpSeconds}-s warm-up before each run, {options.Rounds} round(s) per endpoint in alternating order ")
            + Invariant($"(ceiling, kept, computed; then computed, kept, ceiling), medians over the rounds, {Environment.ProcessorCount} logical CPUs."));
        Console.WriteLine();
        Console.WriteLine("| endpoint | bytes | ceiling req/s (p99 ms) | kept answers req/s (p99 ms): of ceiling, median [per round] | every request computed req/s (p99 ms): of ceiling, median [per round] | spread of rounds: ceiling / kept / computed | non-2xx, socket errors | peak MB: kept / computed |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var endpoint in result.Endpoints)
        {
            var ceiling = Median(endpoint.Runs, Target.Ceiling);
            Console.WriteLine(Invariant(
                $"| {endpoint.Name} | {endpoint.Bytes:N0} | {Cell(ceiling)} | {Cell(Median(endpoint.Runs, Target.Kept))}: {Share(endpoint.Runs, Target.Kept)} | ")
                + Invariant($"{Cell(Median(endpoint.Runs, Target.Computed))}: {Share(endpoint.Runs, Target.Computed)} | ")
                + Invariant($"{Percent(Spread(endpoint.Runs, Target.Ceiling))} / {Percent(Spread(endpoint.Runs, Target.Kept))} / {Percent(Spread(endpoint.Runs, Target.Computed))} | ")
                + Invariant($"{endpoint.Runs.Sum(r => r.Result.Errors)}, {endpoint.Runs.Sum(r => r.Result.SocketErrors)} | {Megabytes(endpoint.PeakKept)} / {Megabytes(endpoint.PeakComputed)} |"));
        }

        Console.WriteLine();
        if (runs.Sum(r => r.Result.Errors + r.Result.SocketErrors) is var failed and > 0)
        {
            Console.WriteLine(Invariant($"- **{failed:N0} requests failed** (non-2xx or socket errors): the rates of those runs count answers that are not the read measured"));
        }

        var loads = runs.Select(r => r.LoadAtStart).ToList();
        Console.WriteLine(Invariant(
            $"- load average (1 min) at the starts of the {loads.Count} measured runs: min {loads.Min():F2}, median {Statistics.Median(loads):F2}, max {loads.Max():F2}; {loads.Count(l => l >= LoadAverage.Busy)} at {LoadAverage.Busy} or above"));
        var others = runs.Select(r => r.Cpu.Others).ToList();
        Console.WriteLine(Invariant(
            $"- other processes' CPU during the measured runs (all but the bench, wrk, the two services{(result.Database.IsSqlServer ? " and the database server" : "")}): median {Percent(Statistics.Median(others))} of the {Environment.ProcessorCount} CPUs' capacity (min {Percent(others.Min())}, max {Percent(others.Max())})"));
        if (result.Database.IsSqlServer)
        {
            var server = runs.Select(r => r.Cpu.DatabaseServer).ToList();
            Console.WriteLine(Invariant(
                $"- the database server's processes on this machine (postgres, sqlservr; they serve anyone else using that server too): median {Percent(Statistics.Median(server))} of capacity (min {Percent(server.Min())}, max {Percent(server.Max())})"));
        }

        Console.WriteLine(Invariant($"- peak memory (VmHWM) over the whole run: kept answers {result.PeakKept:F0} MB, every request computed {result.PeakComputed:F0} MB"));
        Console.WriteLine(Invariant(
            $"- resident at the end, the service's own (anonymous) + file-backed (the runtime, libraries, on SQLite its -shm index): kept answers {result.EndKept.AnonymousMegabytes:F0} + {result.EndKept.FileMegabytes:F0} MB, every request computed {result.EndComputed.AnonymousMegabytes:F0} + {result.EndComputed.FileMegabytes:F0} MB"));
        if (result.Alone is { } alone)
        {
            var r = alone.Run;
            Console.WriteLine(Invariant(
                $"- every request computed, a fresh instance alone on the national list: {r.Result.RequestsPerSecond:N0} req/s, p99 {r.Result.P99Milliseconds:F1} ms, peak memory {alone.PeakMegabytes:F0} MB, ")
                + Invariant($"non-2xx {r.Result.Errors}, socket errors {r.Result.SocketErrors}, load {r.LoadAtStart:F2} at its start, other processes' CPU {Percent(r.Cpu.Others)}"));
        }

        Console.WriteLine($"- every run: {result.CsvFile}");
    }

    private static (double Rate, double P99) Median(IReadOnlyList<RunRecord> runs, Target target)
    {
        var of = runs.Where(r => r.Target == target).ToList();
        return (Statistics.Median(of.Select(r => r.Result.RequestsPerSecond)), Statistics.Median(of.Select(r => r.Result.P99Milliseconds)));
    }

    /// <summary>The instance's req/s over the ceiling's in the same round, per round, and the median of those ratios.</summary>
    private static string Share(IReadOnlyList<RunRecord> runs, Target target)
    {
        var ratios = runs.Where(r => r.Target == target).OrderBy(r => r.Round)
            .Select(r => r.Result.RequestsPerSecond / runs.Single(c => c.Round == r.Round && c.Target == Target.Ceiling).Result.RequestsPerSecond)
            .ToList();
        return $"{Percent(Statistics.Median(ratios))} [{string.Join(", ", ratios.Select(Percent))}]";
    }

    private static double Spread(IReadOnlyList<RunRecord> runs, Target target) =>
        Statistics.Spread(runs.Where(r => r.Target == target).Select(r => r.Result.RequestsPerSecond).ToList());

    private static string Cell((double Rate, double P99) median) => Invariant($"{median.Rate:N0} ({median.P99:F1})");

    /// <summary>Whole percent, or one decimal below 10 % (the computed national list is a few tenths of its ceiling).</summary>
    private static string Percent(double share) => double.IsNaN(share)
        ? "n/a"
        : share.ToString(Math.Abs(share) < 0.1 ? "0.0 %" : "0 %", CultureInfo.InvariantCulture);

    private static string Megabytes(double? value) => value is { } v ? v.ToString("F0", CultureInfo.InvariantCulture) : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
