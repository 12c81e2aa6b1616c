using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Bench;

namespace SocialBalance.LoadBench;

/// <summary>
/// The national-scale database both service instances read, on one engine: a SQLite file (generated, or given with
/// <c>--database</c>), or a new database on a SQL Server that is dropped when the run is over.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly SqlServerDatabases? server;

    private BenchDatabase(string key, string engine, DbConnectionFactory factory, IReadOnlyDictionary<string, string> settings, string origin, SqlServerDatabases? server)
    {
        Key = key;
        Engine = engine;
        Factory = factory;
        Settings = settings;
        Origin = origin;
        this.server = server;
    }

    /// <summary>Short and file-name safe: sqlite, sqlserver.</summary>
    public string Key { get; }

    public string Engine { get; }

    public DbConnectionFactory Factory { get; }

    /// <summary>The service's settings that point it at this database, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Where the data came from and how long generating it took.</summary>
    public string Origin { get; private set; }

    public bool IsSqlServer => server is not null;

    public static async Task<BenchDatabase> SqliteAsync(LoadOptions options, string work)
    {
        var file = options.Database ?? Path.Combine(work, "national.db");
        string origin;
        if (options.Database is not null)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException("--database names no file.", file);
            }

            origin = $"{file}, generated earlier";
        }
        else
        {
            var clock = Stopwatch.StartNew();
            await NationalData.CreateSqliteAsync(file, options.Areas);
            SqliteConnection.ClearAllPools();
            origin = Invariant($"{file}, generated in {clock.Elapsed.TotalSeconds:F1} s");
        }

        var factory = new DbConnectionFactory(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true }.ConnectionString);
        return new BenchDatabase("sqlite", "SQLite", factory, new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__SqliteFile"] = file,
        }, origin, null);
    }

    /// <summary>A new database on the server, migrated as the service does at start and filled; dropped again if that fails.</summary>
    public static async Task<BenchDatabase> SqlServerAsync(LoadOptions options)
    {
        var databases = new SqlServerDatabases(options.SqlServer!, "socialbalance_loadbench");
        var connectionString = databases.Create("national");
        var database = new BenchDatabase("sqlserver", "SQL Server", new DbConnectionFactory(DatabaseProvider.SqlServer, connectionString), new Dictionary<string, string>
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__SocialBalance"] = connectionString,
        }, "", databases);
        try
        {
            var builder = new SqlConnectionStringBuilder(connectionString);
            string? version;
            await using (var connection = new SqlConnection(connectionString))
            {
                version = (await connection.ExecuteScalarAsync<string>("SELECT @@VERSION"))?.Split('\n')[0].Trim();
            }

            var clock = Stopwatch.StartNew();
            Console.WriteLine(Invariant($"Filling {builder.InitialCatalog} on {builder.DataSource} with {options.Areas:N0} housing areas' figures ..."));
            await NationalData.CreateAsync(database.Factory, options.Areas, done =>
            {
                if (done % 5 == 0)
                {
                    Console.WriteLine(Invariant($"  {done} of {NationalData.Indicators} indicators' figures written, {clock.Elapsed.TotalSeconds:F0} s"));
                }
            });
            database.Origin = Invariant($"database {builder.InitialCatalog} on {builder.DataSource} ({version}), generated in {clock.Elapsed.TotalSeconds:F1} s, dropped at the end");
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            SqlConnection.ClearAllPools();
            server.Drop(Factory.ConnectionString);
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        return ValueTask.CompletedTask;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
