using System.Diagnostics;
using System.Globalization;
using SocialBalance.LoadBench;

// Load run: national-scale data on the embedded database, the Release build on loopback, wrk as the client.
// Usage: dotnet run -c Release --project bench/SocialBalance.LoadBench -- [seconds per run] [connections]
//        dotnet run -c Release --project bench/SocialBalance.LoadBench -- generate FILE   (the data set alone)
if (args is ["generate", var target])
{
    Console.WriteLine($"Generated {await NationalData.CreateAsync(target):N0} figures into {target}");
    return;
}

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var root = Repository.Root();
var work = Directory.CreateTempSubdirectory("socialbalance-load-").FullName;
var database = Path.Combine(work, "national.db");
const string CachedUrl = "http://127.0.0.1:5180";
const string CeilingUrl = "http://127.0.0.1:5181";
const string UncachedUrl = "http://127.0.0.1:5182";

Console.WriteLine($"Publishing the Release build ...");
await Processes.RunAsync("bash", $"build/publish.sh {Path.Combine(work, "publish")}", root);

var clock = Stopwatch.StartNew();
var figures = await NationalData.CreateAsync(database);
Console.WriteLine($"Generated {figures:N0} figures ({NationalData.Areas:N0} housing areas x {NationalData.Indicators} indicators x {NationalData.Years} years) in {clock.Elapsed.TotalSeconds:F1} s");

// Two instances on the one database: one as configured by default (answers kept), one keeping nothing.
var dll = Path.Combine(work, "publish", "SocialBalance.Api.dll");
using var cached = Processes.StartService(dll, CachedUrl, database, keepAnswers: true);
using var uncached = Processes.StartService(dll, UncachedUrl, database, keepAnswers: false);
await Processes.WaitForReadyAsync(CachedUrl + "/health/ready");
await Processes.WaitForReadyAsync(UncachedUrl + "/health/ready");

// Each endpoint gets a ceiling of its own: a constant body of exactly its answer's size.
var paths = Endpoints.All();
using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
var bodies = new List<byte[]>();
foreach (var (_, path) in paths)
{
    bodies.Add(await http.GetByteArrayAsync(UncachedUrl + path));
}

await using var ceiling = await CeilingServer.StartAsync(CeilingUrl, bodies);

var rows = new List<(string Name, int Bytes, WrkResult Ceiling, WrkResult Cached, WrkResult Uncached)>();
for (var i = 0; i < paths.Count; i++)
{
    var (name, path) = paths[i];
    var runs = new List<WrkResult>();
    foreach (var url in new[] { $"{CeilingUrl}/constant/{i}", CachedUrl + path, UncachedUrl + path })
    {
        await Wrk.RunAsync(name, url, 3, connections); // warm-up: JIT, connection pools, SQLite page cache, kept answer
        runs.Add(await Wrk.RunAsync(name, url, seconds, connections));
    }

    rows.Add((name, bodies[i].Length, runs[0], runs[1], runs[2]));
    Console.WriteLine($"{name}: done");
}

var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
Console.WriteLine();
Console.WriteLine($"wrk -t2 -c{connections} -d{seconds}s on {Environment.ProcessorCount} cores, load average {string.Join(' ', load)} at the end");
Console.WriteLine($"{"endpoint",-40} {"bytes",9} | {"ceiling",14} | {"kept answers",22} | {"every request computed",22}");
Console.WriteLine($"{"",-40} {"",9} | {"req/s",6} {"p99 ms",7} | {"req/s",6} {"p99 ms",7} {"ceil",7} | {"req/s",6} {"p99 ms",7} {"non-2xx",7}");
foreach (var r in rows)
{
    Console.WriteLine(
        $"{r.Name,-40} {r.Bytes,9:N0} | {r.Ceiling.RequestsPerSecond,6:F0} {r.Ceiling.P99Milliseconds,7:F1} | "
        + $"{r.Cached.RequestsPerSecond,6:F0} {r.Cached.P99Milliseconds,7:F1} {r.Cached.RequestsPerSecond / r.Ceiling.RequestsPerSecond,7:P0} | "
        + $"{r.Uncached.RequestsPerSecond,6:F0} {r.Uncached.P99Milliseconds,7:F1} {r.Cached.Errors + r.Uncached.Errors,7}");
}

Console.WriteLine($"peak memory (VmHWM): kept answers {Processes.PeakMemoryMegabytes(cached):F0} MB, every request computed {Processes.PeakMemoryMegabytes(uncached):F0} MB");
cached.Kill(entireProcessTree: true);
uncached.Kill(entireProcessTree: true);
Directory.Delete(work, recursive: true);
