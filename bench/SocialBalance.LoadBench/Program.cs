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
const string ServiceUrl = "http://127.0.0.1:5180";
const string CeilingUrl = "http://127.0.0.1:5181";

Console.WriteLine($"Publishing the Release build ...");
await Processes.RunAsync("bash", $"build/publish.sh {Path.Combine(work, "publish")}", root);

var clock = Stopwatch.StartNew();
var figures = await NationalData.CreateAsync(database);
Console.WriteLine($"Generated {figures:N0} figures ({NationalData.Areas:N0} housing areas x {NationalData.Indicators} indicators x {NationalData.Years} years) in {clock.Elapsed.TotalSeconds:F1} s");

using var service = Processes.StartService(Path.Combine(work, "publish", "SocialBalance.Api.dll"), ServiceUrl, database);
await Processes.WaitForReadyAsync(ServiceUrl + "/health/ready");

var endpoints = Endpoints.All(ServiceUrl);
using var http = new HttpClient();
var sample = await http.GetByteArrayAsync(endpoints[0].Url);
await using var ceiling = await CeilingServer.StartAsync(CeilingUrl, sample);

var results = new List<WrkResult>();
foreach (var (name, url) in endpoints.Prepend(("ceiling (constant body)", CeilingUrl + "/constant")))
{
    await Wrk.RunAsync(name, url, 3, connections); // warm-up: JIT, connection pools, SQLite page cache
    results.Add(await Wrk.RunAsync(name, url, seconds, connections));
}

var peak = Processes.PeakMemoryMegabytes(service);
Console.WriteLine();
Console.WriteLine($"wrk -t2 -c{connections} -d{seconds}s on {Environment.ProcessorCount} cores; body of the first endpoint and the ceiling: {sample.Length:N0} bytes");
Console.WriteLine($"{"endpoint",-48} {"req/s",10} {"p99 ms",9} {"requests",10} {"non-2xx",8}");
foreach (var r in results)
{
    Console.WriteLine($"{r.Name,-48} {r.RequestsPerSecond,10:F0} {r.P99Milliseconds,9:F1} {r.Requests,10} {r.Errors,8}");
}

Console.WriteLine($"service peak memory (VmHWM): {peak:F0} MB");
service.Kill(entireProcessTree: true);
Directory.Delete(work, recursive: true);
