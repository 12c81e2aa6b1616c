using System.Globalization;
using Microsoft.Data.Sqlite;

// Imports 100,000 figures as CSV through POST /api/v1/observations/batch (HTTP on loopback, checks, history,
// one transaction) and, beside it, the ceiling: the same rows inserted directly with one prepared statement in
// one transaction. Each round uses fresh database files. Run it in Release:
//   dotnet run -c Release --project bench/SocialBalance.Bench [rounds]
namespace SocialBalance.Bench;

/// <summary>The entry point (a class of its own: top-level statements would clash with the API's Program).</summary>
internal static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var csv = BenchData.Csv();
        var directory = Directory.CreateTempSubdirectory("socialbalance-bench-").FullName;
        Console.WriteLine($"{BenchData.Rows:N0} figures, {csv.Length / 1024.0 / 1024.0:F1} MB of CSV, {rounds} round(s), SQLite files in {directory}");
        Console.WriteLine($"{Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

        var api = new List<double>();
        var ceiling = new List<double>();
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                var apiTime = await ApiImport.MeasureAsync(Path.Combine(directory, $"api-{round}.db"), csv);
                var ceilingTime = await Ceiling.MeasureAsync(Path.Combine(directory, $"ceiling-{round}.db"));
                api.Add(BenchData.Rows / apiTime.TotalSeconds);
                ceiling.Add(BenchData.Rows / ceilingTime.TotalSeconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: API {apiTime.TotalSeconds:F2} s = {api[^1]:N0} rows/s; ceiling {ceilingTime.TotalSeconds:F2} s = {ceiling[^1]:N0} rows/s; API/ceiling {api[^1] / ceiling[^1]:P0}"));
            }

            var bestApi = api.Max();
            var bestCeiling = ceiling.Max();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"best: API {bestApi:N0} rows/s, ceiling {bestCeiling:N0} rows/s, API/ceiling {bestApi / bestCeiling:P0} (aim: 50% or better)"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
