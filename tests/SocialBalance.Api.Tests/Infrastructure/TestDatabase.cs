using Microsoft.Data.SqlClient;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test class: created empty, migrated by the service itself at start-up,
/// and removed afterwards. The same HTTP tests run against each kind.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Why this kind of database cannot be used here, or null when it can.</summary>
    public virtual string? SkipReason => null;

    /// <summary>
    /// Why a test that proves locking under concurrency cannot prove it on this engine, or null when it can:
    /// an engine that accepts lock hints but takes no locks lets two writers of one figure both go ahead.
    /// </summary>
    public virtual string? LockingSkipReason => null;

    /// <summary>The settings that point the service at this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public abstract void Dispose();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"socialbalance-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:SqliteFile"] = file,
    };

    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }
    }
}

/// <summary>
/// Runs when <c>SOCIALBALANCE_TEST_SQLSERVER</c> holds a connection string to a SQL Server where the
/// login may create databases; each test class gets a new database, dropped afterwards.
/// </summary>
public class SqlServerTestDatabase : TestDatabase
{
    public const string EnvironmentVariable = "SOCIALBALANCE_TEST_SQLSERVER";

    // Parsed by the T-SQL parse test in TestStatementsTests. A plain DROP: this process's pooled connections are
    // cleared first, and no one else connects to a test database.
    internal const string DropDatabase = """
        IF DB_ID(@Name) IS NOT NULL
        BEGIN
            DECLARE @sql nvarchar(400) = N'DROP DATABASE ' + QUOTENAME(@Name) + N';';
            EXEC sp_executesql @sql;
        END
        """;

    internal static string CreateDatabase(string database, string? collation) =>
        collation is null ? $"CREATE DATABASE {database}" : $"CREATE DATABASE {database} COLLATE {collation}";

    // The stand-in engine can fail two CREATE DATABASEs at once ("tuple concurrently updated"), so the test classes
    // running in parallel create theirs one at a time.
    private static readonly SemaphoreSlim Creation = new(1, 1);

    private static readonly string? ServerConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);

    // Lower-case: the stand-in engine stores database names lower-case and compares them case-sensitively.
    private readonly string name = $"socialbalance_test_{Guid.NewGuid():N}";
    private readonly Lazy<string?> created;

    public SqlServerTestDatabase()
        : this(createdByService: false)
    {
    }

    /// <param name="createdByService">Leave the database to the service to create at its start, as in a deployment.</param>
    public SqlServerTestDatabase(bool createdByService)
    {
        CreatedByService = createdByService;
        created = new Lazy<string?>(Create);
    }

    public bool CreatedByService { get; }

    /// <summary>Runs <paramref name="start"/> while no test class creates a database (for a service that creates its own).</summary>
    public static async Task<T> WhileNoOtherIsCreatedAsync<T>(Func<Task<T>> start)
    {
        await Creation.WaitAsync();
        try
        {
            return await start();
        }
        finally
        {
            Creation.Release();
        }
    }

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    /// <summary>The database's default collation, or null for the server's.</summary>
    protected virtual string? Collation => null;

    public override string? SkipReason => string.IsNullOrWhiteSpace(ServerConnectionString)
        ? $"No SQL Server: set {EnvironmentVariable} to run these tests against one."
        : created.Value;

    public override string? LockingSkipReason => SkipReason ?? (SqlServerEngine.TakesNoLocks
        ? $"The engine accepts lock hints but takes no locks ({SqlServerEngine.Name}), so it cannot prove locking under concurrency."
        : null);

    /// <summary>
    /// Creates the database before the service starts (with <see cref="Collation"/> when given); the reason to skip
    /// when the engine refuses that collation. One at a time, and again after a moment when the engine was busy.
    /// </summary>
    private string? Create()
    {
        if (CreatedByService)
        {
            return null;
        }

        Creation.Wait();
        try
        {
            RunOnMaster(CreateDatabase(name, Collation), atName: null, attempts: 10);
            return null;
        }
        catch (SqlException e) when (Collation is not null && e.Message.Contains("collation", StringComparison.OrdinalIgnoreCase))
        {
            return $"The engine ({SqlServerEngine.Name}) cannot create a database with the default collation {Collation}: {e.Message}";
        }
        finally
        {
            Creation.Release();
        }
    }

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "SqlServer",
        ["ConnectionStrings:SocialBalance"] = DatabaseConnectionString(),
    };

    private string DatabaseConnectionString()
    {
        var builder = new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = name };
        if (builder.ConnectTimeout > 5)
        {
            builder.ConnectTimeout = 5;
        }

        return builder.ConnectionString;
    }

    public override void Dispose()
    {
        GC.SuppressFinalize(this);
        if (SkipReason is not null)
        {
            return;
        }

        SqlConnection.ClearAllPools();
        // A session closed a moment ago may still be ending on the server ("in use"): try again briefly.
        RunOnMaster(DropDatabase, atName: name, attempts: 20);
    }

    /// <summary>Runs <paramref name="sql"/> (with <paramref name="atName"/> as @Name) on master, again after a pause while the engine refuses it, unless for a collation.</summary>
    private static void RunOnMaster(string sql, string? atName, int attempts)
    {
        var master = new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = "master", Pooling = false };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new SqlConnection(master.ConnectionString);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                if (atName is not null)
                {
                    command.Parameters.AddWithValue("@Name", atName);
                }

                command.ExecuteNonQuery();
                return;
            }
            catch (SqlException e) when (attempt < attempts && !e.Message.Contains("collation", StringComparison.OrdinalIgnoreCase))
            {
                Thread.Sleep(250);
            }
        }
    }
}

/// <summary>A SQL Server database whose default collation is Danish (where <c>aa</c> sorts as <c>å</c>, after <c>z</c>).</summary>
public sealed class DanishSqlServerTestDatabase : SqlServerTestDatabase
{
    public const string DanishCollation = "Danish_Norwegian_CI_AS";

    protected override string? Collation => DanishCollation;
}
