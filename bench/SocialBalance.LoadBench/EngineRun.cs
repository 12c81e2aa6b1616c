using System.Globalization;

namespace SocialBalance.LoadBench;

/// <summary>One endpoint's runs and the services' peak memory while they ran (null where it could not be reset).</summary>
public sealed record EndpointRuns(string Name, string Path, int Bytes, IReadOnlyList<RunRecord> Runs, double? PeakKept, double? PeakComputed);

/// <summary>Resident memory split by kind, in MB.</summary>
public sealed record ResidentMemory(double AnonymousMegabytes, double FileMegabytes);

/// <summary>The computing instance alone on the national list: its run and its peak memory.</summary>
public sealed record AloneRun(RunRecord Run, double PeakMegabytes);

/// <summary>Everything one engine's run measured.</summary>
public sealed record EngineResult(
    BenchDatabase Database, long Figures, int Areas, IReadOnlyList<EndpointRuns> Endpoints, double PeakKept, double PeakComputed,
    ResidentMemory EndKept, ResidentMemory EndComputed, AloneRun? Alone, string CsvFile);

/// <summary>
/// The load run on one database: two instances of the published service (one keeping answers, one computing every
/// request), a ceiling per endpoint, and for each endpoint R rounds in alternating order, each run after a warm-up
/// of its own. Every measured run is appended to the CSV file as it ends.
/// </summary>
public sealed class EngineRun(LoadOptions options, string dll, BenchDatabase database)
{
    public const int WarmUpSeconds = 3;

    private readonly List<int> services = [];

    public async Task<EngineResult> RunAsync()
    {
        var (figures, areas) = await NationalData.ScaleAsync(database.Factory);
        Console.WriteLine(Invariant($"{database.Engine}: {figures:N0} figures ({areas:N0} housing areas x {NationalData.Indicators} indicators x {NationalData.Years} years, plus the reference areas); {database.Origin}"));
        var file = Path.Combine(Environment.CurrentDirectory, $"loadbench-{database.Key}-{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}.csv");
        await using var csv = new StreamWriter(file);
        await csv.WriteLineAsync(RunRecord.CsvHeader);

        var keptUrl = Processes.FreeLoopbackUrl();
        var computedUrl = Processes.FreeLoopbackUrl();
        var ceilingUrl = Processes.FreeLoopbackUrl();
        using var kept = Processes.StartService(dll, keptUrl, database.Settings, keepAnswers: true);
        using var computed = Processes.StartService(dll, computedUrl, database.Settings, keepAnswers: false);
        try
        {
            services.AddRange([kept.Id, computed.Id]);
            await Processes.WaitForReadyAsync(keptUrl + "/health/ready");
            await Processes.WaitForReadyAsync(computedUrl + "/health/ready");

            // Each endpoint gets a ceiling of its own: a constant body of exactly its answer's size.
            var paths = Endpoints.Selected(options.Only);
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
            var bodies = new List<byte[]>();
            foreach (var (_, path) in paths)
            {
                bodies.Add(await http.GetByteArrayAsync(computedUrl + path));
            }

            await using var ceiling = await CeilingServer.StartAsync(ceilingUrl, bodies);
            double peakKept = Processes.PeakMemoryMegabytes(kept), peakComputed = Processes.PeakMemoryMegabytes(computed);
            var endpoints = new List<EndpointRuns>();
            for (var i = 0; i < paths.Count; i++)
            {
                var (name, path) = paths[i];
                var reset = Processes.ResetPeakMemory(kept) & Processes.ResetPeakMemory(computed);
                var urls = new Dictionary<Target, string>
                {
                    [Target.Ceiling] = $"{ceilingUrl}/constant/{i}",
                    [Target.Kept] = keptUrl + path,
                    [Target.Computed] = computedUrl + path,
                };
                var runs = new List<RunRecord>();
                for (var round = 0; round < options.Rounds; round++)
                {
                    // Even rounds ceiling first, odd rounds ceiling last: whatever drifts during a round (the
                    // machine's other load, heat, caches) falls on each target as often early as late.
                    Target[] order = round % 2 == 0 ? [Target.Ceiling, Target.Kept, Target.Computed] : [Target.Computed, Target.Kept, Target.Ceiling];
                    for (var position = 0; position < order.Length; position++)
                    {
                        await Wrk.RunAsync(urls[order[position]], WarmUpSeconds, options.Connections); // JIT, pools, page cache, kept answer
                        runs.Add(await MeasureAsync(csv, name, path, bodies[i].Length, round + 1, position + 1, order[position], urls[order[position]]));
                    }

                    Console.WriteLine(Invariant(
                        $"{name}, round {round + 1}: ceiling {Rate(runs, round + 1, Target.Ceiling):N0}, kept {Rate(runs, round + 1, Target.Kept):N0}, computed {Rate(runs, round + 1, Target.Computed):N0} req/s"));
                }

                double? endpointKept = reset ? Processes.PeakMemoryMegabytes(kept) : null;
                double? endpointComputed = reset ? Processes.PeakMemoryMegabytes(computed) : null;
                peakKept = Math.Max(peakKept, endpointKept ?? Processes.PeakMemoryMegabytes(kept));
                peakComputed = Math.Max(peakComputed, endpointComputed ?? Processes.PeakMemoryMegabytes(computed));
                endpoints.Add(new EndpointRuns(name, path, bodies[i].Length, runs, endpointKept, endpointComputed));
            }

            var endKept = Processes.Resident(kept);
            var endComputed = Processes.Resident(computed);
            Processes.Stop(kept);
            Processes.Stop(computed);
            services.Clear();
            var alone = options.Alone ? await AloneAsync(csv) : null;
            return new EngineResult(database, figures, areas, endpoints, peakKept, peakComputed, endKept, endComputed, alone, file);
        }
        finally
        {
            Processes.Stop(kept);
            Processes.Stop(computed);
            services.Clear();
        }
    }

    /// <summary>A fresh computing instance, the only service running, on the national list: its peak memory alone.</summary>
    private async Task<AloneRun> AloneAsync(StreamWriter csv)
    {
        var url = Processes.FreeLoopbackUrl();
        using var alone = Processes.StartService(dll, url, database.Settings, keepAnswers: false);
        try
        {
            services.Add(alone.Id);
            await Processes.WaitForReadyAsync(url + "/health/ready");
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
            var bytes = (await http.GetByteArrayAsync(url + Endpoints.NationalList)).Length;
            await Wrk.RunAsync(url + Endpoints.NationalList, WarmUpSeconds, options.Connections);
            var run = await MeasureAsync(csv, "list-status: every housing area", Endpoints.NationalList, bytes, 1, 1, Target.ComputedAlone, url + Endpoints.NationalList);
            Console.WriteLine(Invariant($"alone on the national list: {run.Result.RequestsPerSecond:N0} req/s"));
            return new AloneRun(run, Processes.PeakMemoryMegabytes(alone));
        }
        finally
        {
            Processes.Stop(alone);
            services.Clear();
        }
    }

    private async Task<RunRecord> MeasureAsync(StreamWriter csv, string name, string path, int bytes, int round, int position, Target target, string url)
    {
        var load = LoadAverage.OneMinute();
        if (load >= LoadAverage.Busy)
        {
            Console.WriteLine(Invariant($"warning: load average {load:F2} at the start of {name}, round {round}, {target.Describe()}: the machine is busy with more than this bench"));
        }

        var started = DateTimeOffset.UtcNow;
        var before = CpuCounters.Read(services, database.IsSqlServer);
        var result = await Wrk.RunAsync(url, options.Seconds, options.Connections);
        var share = CpuCounters.Between(before, CpuCounters.Read(services, database.IsSqlServer));
        var run = new RunRecord(database.Key, name, path, bytes, round, position, target, options.Seconds, options.Connections, result, load, share, started);
        await csv.WriteLineAsync(run.ToCsv());
        await csv.FlushAsync();
        return run;
    }

    private static double Rate(List<RunRecord> runs, int round, Target target) =>
        runs.Single(r => r.Round == round && r.Target == target).Result.RequestsPerSecond;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
