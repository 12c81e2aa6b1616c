using System.Globalization;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

// Imports 100,000 figures as CSV through POST /api/v1/observations/batch (HTTP on loopback, checks, history,
// one transaction) and, beside it, the ceiling: the same rows inserted directly on the same engine, in one
// transaction. Each round uses fresh databases. With a SQL Server connection string it does both on SQLite and on
// that server, and then runs two opposite-order batches at once there. Run it in Release:
//   dotnet run -c Release --project bench/SocialBalance.Bench [rounds] [--sqlserver "<connection string>"]
// Without --sqlserver, SOCIALBALANCE_BENCH_SQLSERVER or else SOCIALBALANCE_TEST_SQLSERVER names the server.
namespace SocialBalance.Bench;

/// <summary>The entry point (a class of its own: top-level statements would clash with the API's Program).</summary>
internal static class BenchProgram
{
    private const int OppositeOrderRepetitions = 20;

    public static async Task Main(string[] args)
    {
        var (rounds, sqlServer) = ParseArguments(args);
        var csv = BenchData.Csv();
        var directory = Directory.CreateTempSubdirectory("socialbalance-bench-").FullName;
        var databases = sqlServer is null ? null : new SqlServerDatabases(sqlServer);
        Console.WriteLine($"{BenchData.Rows:N0} figures, {csv.Length / 1024.0 / 1024.0:F1} MB of CSV, {rounds} round(s), SQLite files in {directory}");
        if (sqlServer is not null)
        {
            Console.WriteLine($"SQL Server: {await DescribeAsync(sqlServer)}; a new database per measurement, dropped afterwards");
        }

        Console.WriteLine($"{Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, load average {LoadAverage()} at start");

        Rates sqliteApi = new(), sqliteCeiling = new(), sqliteRatio = new();
        Rates serverApi = new(), bulkCopy = new(), multiRow = new(), serverCeiling = new(), serverRatio = new();
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                var api = await ApiImport.MeasureAsync(BenchService.OnSqlite(Path.Combine(directory, $"api-{round}.db")), csv);
                var ceiling = await SqliteCeiling.MeasureAsync(Path.Combine(directory, $"ceiling-{round}.db"));
                sqliteRatio.Add(sqliteApi.Add(api) / sqliteCeiling.Add(ceiling));
                Console.WriteLine(Invariant(
                    $"round {round} SQLite:     API {api.TotalSeconds:F2} s = {sqliteApi.Last:N0} rows/s; ceiling {ceiling.TotalSeconds:F2} s = {sqliteCeiling.Last:N0} rows/s; API/ceiling {sqliteRatio.Last:P0}"));

                if (databases is null)
                {
                    continue;
                }

                var serverTime = await InDatabaseAsync(databases, $"api_{round}", db => ApiImport.MeasureAsync(BenchService.OnSqlServer(db), csv));
                var (bulkTime, bulkFailure) = await InDatabaseAsync(databases, $"bulk_{round}", SqlServerCeiling.BulkCopyAsync);
                var multiTime = await InDatabaseAsync(databases, $"insert_{round}", SqlServerCeiling.MultiRowInsertAsync);
                serverApi.Add(serverTime);
                multiRow.Add(multiTime);
                if (bulkTime is { } copied)
                {
                    bulkCopy.Add(copied);
                }

                // The ceiling is whichever raw way was faster in this round.
                serverCeiling.Add(bulkTime is null ? multiRow.Last : Math.Max(bulkCopy.Last, multiRow.Last));
                var bulk = bulkTime is { } t
                    ? Invariant($"bulk copy {t.TotalSeconds:F2} s = {bulkCopy.Last:N0} rows/s")
                    : $"bulk copy failed ({FirstLine(bulkFailure)})";
                serverRatio.Add(serverApi.Last / serverCeiling.Last);
                Console.WriteLine(Invariant(
                    $"round {round} SQL Server: API {serverTime.TotalSeconds:F2} s = {serverApi.Last:N0} rows/s; ceiling: {bulk}, multi-row INSERT {multiTime.TotalSeconds:F2} s = {multiRow.Last:N0} rows/s; API/ceiling {serverRatio.Last:P0}"));
            }

            Console.WriteLine(Invariant(
                $"median of {rounds} SQLite:     API {sqliteApi.Median:N0} rows/s, ceiling {sqliteCeiling.Median:N0} rows/s, API/ceiling {sqliteRatio.Median:P0} (aim: 50% or better)"));
            if (databases is not null)
            {
                Console.WriteLine(Invariant(
                    $"median of {rounds} SQL Server: API {serverApi.Median:N0} rows/s, ceiling {serverCeiling.Median:N0} rows/s (bulk copy {(bulkCopy.Count == 0 ? "failed" : bulkCopy.Median.ToString("N0", CultureInfo.InvariantCulture))}, multi-row INSERT {multiRow.Median:N0}), API/ceiling {serverRatio.Median:P0}"));
            }

            Console.WriteLine(Invariant(
                $"best round of each (not the figure to quote), SQLite: API {sqliteApi.Best:N0} rows/s, ceiling {sqliteCeiling.Best:N0} rows/s"));

            if (databases is not null)
            {
                var outcome = await InDatabaseAsync(databases, "order", db => OppositeOrder.RunAsync(db, OppositeOrderRepetitions));
                Print(outcome);
            }

            Console.WriteLine($"load average {LoadAverage()} at the end");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static (int Rounds, string? SqlServer) ParseArguments(string[] args)
    {
        var rounds = 3;
        var sqlServer = Environment.GetEnvironmentVariable("SOCIALBALANCE_BENCH_SQLSERVER");
        if (string.IsNullOrWhiteSpace(sqlServer))
        {
            sqlServer = Environment.GetEnvironmentVariable("SOCIALBALANCE_TEST_SQLSERVER");
        }

        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--sqlserver" && i + 1 < args.Length)
            {
                sqlServer = args[++i];
            }
            else
            {
                rounds = int.Parse(args[i], CultureInfo.InvariantCulture);
            }
        }

        return (rounds, string.IsNullOrWhiteSpace(sqlServer) ? null : sqlServer);
    }

    /// <summary>Runs a measurement on a new database of its own and drops it afterwards, whatever happened.</summary>
    private static async Task<T> InDatabaseAsync<T>(SqlServerDatabases databases, string purpose, Func<string, Task<T>> measure)
    {
        var database = databases.Create(purpose);
        try
        {
            return await measure(database);
        }
        finally
        {
            databases.Drop(database);
        }
    }

    private static void Print(OppositeOrderOutcome outcome)
    {
        string Count(int status) => outcome.Statuses.GetValueOrDefault(status).ToString(CultureInfo.InvariantCulture);
        var other = outcome.Statuses.Where(s => s.Key is not (200 or 409 or 503 or 500)).Select(s => $", {s.Key}: {s.Value}");
        Console.WriteLine(Invariant(
            $"opposite order on SQL Server: {outcome.Repetitions} times 2 batches of {outcome.RowsPerBatch:N0} updates (area X then Y, and Y then X) posted at once: 200: {Count(200)}, 409: {Count(409)}, 503: {Count(503)}, 500: {Count(500)}{string.Concat(other)}; figures not all from one successful batch afterwards: {outcome.Inconsistent} time(s)"));
        foreach (var (error, count) in outcome.SqlErrors.OrderByDescending(e => e.Value))
        {
            Console.WriteLine($"  SQL error {error}: {count} time(s)");
        }

        foreach (var (error, count) in outcome.LoggedErrors.OrderByDescending(e => e.Value))
        {
            Console.WriteLine($"  logged by the service as unexpected: {error}: {count} time(s)");
        }
    }

    private static async Task<string> DescribeAsync(string connectionString)
    {
        var builder = new SqlConnectionStringBuilder(connectionString);
        await using var connection = new SqlConnection(connectionString);
        var version = await connection.ExecuteScalarAsync<string>("SELECT @@VERSION");
        return $"{builder.DataSource}, {version?.Split('\n')[0].Trim()}";
    }

    private static string FirstLine(string? text) => text?.Split('\n')[0].Trim() ?? "";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
