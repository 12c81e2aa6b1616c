using System.Globalization;
using SocialBalance.LoadBench;

// Load run: national-scale data on SQLite and/or SQL Server, the Release build on loopback, wrk as the client.
// Usage (see bench/README.md "Reads under load"):
//   dotnet run -c Release --project bench/SocialBalance.LoadBench -- [seconds] [connections] [--seconds N]
//       [--connections N] [--rounds N] [--only TEXT] [--database FILE] [--publish DIR] [--alone]
//       [--engine sqlite|sqlserver|both] [--sqlserver "<connection string>"] [--areas N]
//   dotnet run -c Release --project bench/SocialBalance.LoadBench -- generate FILE [--areas N]   (the SQLite data set alone)
if (args is ["generate", var target, .. var rest])
{
    var areas = LoadOptions.Parse(rest).Areas;
    Console.WriteLine($"Generated {await NationalData.CreateSqliteAsync(target, areas):N0} figures ({areas:N0} housing areas) into {target}");
    return;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
    Endpoints.Selected(options.Only);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message + " See bench/README.md, \"Reads under load\", for the options.");
    Environment.ExitCode = 2;
    return;
}

var work = Directory.CreateTempSubdirectory("socialbalance-load-").FullName;
try
{
    var publish = options.Publish ?? Path.Combine(work, "publish");
    if (options.Publish is null)
    {
        Console.WriteLine("Publishing the Release build ...");
        await Processes.RunAsync("bash", $"build/publish.sh {publish}", Repository.Root());
    }

    var dll = Path.Combine(publish, "SocialBalance.Api.dll");
    if (!File.Exists(dll))
    {
        throw new FileNotFoundException("No published service there.", dll);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, load average {LoadAverage.Text()} at start"));
    var results = new List<EngineResult>();
    if (options.RunsSqlite)
    {
        await using var database = await BenchDatabase.SqliteAsync(options, work);
        results.Add(await new EngineRun(options, dll, database).RunAsync());
    }

    if (options.RunsSqlServer)
    {
        await using var database = await BenchDatabase.SqlServerAsync(options);
        results.Add(await new EngineRun(options, dll, database).RunAsync());
    }

    foreach (var result in results)
    {
        Report.Print(result, options);
    }

    Console.WriteLine();
    Console.WriteLine($"load average {LoadAverage.Text()} at the end");
}
finally
{
    Directory.Delete(work, recursive: true);
}
