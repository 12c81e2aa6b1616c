using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Microsoft.Data.Sqlite;
using SocialBalance.Api.Features.Observations.Reads;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.LoadBench;

// What the parts of a cold page of figures cost alone, in one thread, on the load bench's national database: reading
// the page's figures by id as the service does, the same read around the provider, and writing them as JSON. Each
// part runs for --seconds at a time, the parts in alternating order over --rounds; it prints the process's CPU time
// per page (median, and each round). Run it in Release on the file the load bench made:
//   dotnet run -c Release --project bench/SocialBalance.ReadFloor -- --database /tmp/national.db [--seconds 3] [--rounds 3]
namespace SocialBalance.ReadFloor;

/// <summary>The entry point (a class of its own: top-level statements would clash with the API's Program).</summary>
internal static class ReadFloorProgram
{
    // The load bench's two pages of one indicator: one area's years, and the first 1,000 of one year's areas (a page
    // holds at most 1,000 figures).
    private static readonly (string Name, string Filter)[] Pages =
    [
        ("one indicator, one area (30 rows)", "indicator_code = 'feel-safe' AND area_code = 'housing-0042'"),
        ("one indicator, one year (1,000 rows)", "indicator_code = 'feel-safe' AND year = 2020"),
    ];

    public static async Task Main(string[] args)
    {
        var (database, seconds, rounds) = Arguments(args);
        DateTimeOffsetHandler.Register();
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = database,
            Mode = SqliteOpenMode.ReadWrite,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ConnectionString;
        var db = new DbConnectionFactory(DatabaseProvider.Sqlite, connectionString);
        var byId = new ObservationsById(db);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        var buffer = new ArrayBufferWriter<byte>(1 << 20);

        Console.WriteLine(Invariant($"{database}, {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, load average {LoadAverage.Text()} at start; {seconds} s per part, {rounds} round(s)"));
        Console.WriteLine();
        Console.WriteLine("| page | figures | read by id, as the service does: CPU µs [rounds] | the same around the provider | JSON of the figures |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, filter) in Pages)
        {
            long[] ids;
            await using (var connection = (SqliteConnection)await db.OpenReadAsync(CancellationToken.None))
            {
                ids = (await connection.QueryAsync<long>($"SELECT id FROM observation WHERE {filter} AND retracted_at IS NULL ORDER BY id LIMIT 1000")).ToArray();
            }

            var figures = await byId.ReadAsync(ids, CancellationToken.None);
            if (figures.Count != ids.Length || figures.Count == 0)
            {
                throw new InvalidOperationException($"{name}: {ids.Length} ids gave {figures.Count} figures; is this the load bench's database?");
            }

            // The two reads are compared only if they read the same: the same figures, in the same order.
            await using (var connection = (SqliteConnection)await db.OpenReadAsync(CancellationToken.None))
            {
                if (!AroundProvider.Read(connection, ids).SequenceEqual(figures))
                {
                    throw new InvalidOperationException($"{name}: the read around the provider differs from the service's.");
                }
            }

            // In the order of the table's columns.
            var parts = new Action[]
            {
                () => byId.ReadAsync(ids, CancellationToken.None).GetAwaiter().GetResult(),
                () =>
                {
                    using var connection = (SqliteConnection)db.OpenReadAsync(CancellationToken.None).GetAwaiter().GetResult();
                    AroundProvider.Read(connection, ids);
                },
                () =>
                {
                    buffer.ResetWrittenCount();
                    using var writer = new Utf8JsonWriter(buffer);
                    JsonSerializer.Serialize(writer, figures, json);
                },
            };
            var results = Measure(parts, seconds, rounds);
            Console.WriteLine(Invariant($"| {name} | {ids.Length:N0} | {Describe(results[0])} | {Describe(results[1])} | {Describe(results[2])} |"));
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"load average {LoadAverage.Text()} at the end"));
    }

    /// <summary>Each part's CPU time per run in microseconds, per round; the parts alternate their order every round.</summary>
    private static List<double>[] Measure(Action[] parts, int seconds, int rounds)
    {
        var results = parts.Select(_ => new List<double>()).ToArray();
        foreach (var part in parts)
        {
            RunFor(part, TimeSpan.FromSeconds(1));
        }

        for (var round = 0; round < rounds; round++)
        {
            var order = Enumerable.Range(0, parts.Length);
            foreach (var i in round % 2 == 0 ? order : order.Reverse())
            {
                results[i].Add(RunFor(parts[i], TimeSpan.FromSeconds(seconds)));
            }
        }

        return results;
    }

    private static double RunFor(Action once, TimeSpan duration)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < duration)
        {
            once();
            runs++;
        }

        process.Refresh();
        return (process.TotalProcessorTime - cpu).TotalMicroseconds / runs;
    }

    private static string Describe(List<double> rounds) =>
        Invariant($"{Statistics.Median(rounds):N0} [{string.Join(", ", rounds.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))}]");

    private static (string Database, int Seconds, int Rounds) Arguments(string[] args)
    {
        string? database = null;
        int seconds = 3, rounds = 3;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            switch (arg)
            {
                case "--database":
                    database = Path.GetFullPath(value);
                    break;
                case "--seconds":
                    seconds = Positive(arg, value);
                    break;
                case "--rounds":
                    rounds = Positive(arg, value);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {arg}; use --database FILE [--seconds N] [--rounds N].");
            }
        }

        return database is not null && File.Exists(database)
            ? (database, seconds, rounds)
            : throw new ArgumentException("--database must name the load bench's national SQLite file.");
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
