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
public sealed class SqlServerTestDatabase : TestDatabase
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

    private static readonly string? ServerConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);

    private readonly string name = $"socialbalance_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override string? SkipReason => string.IsNullOrWhiteSpace(ServerConnectionString)
        ? $"No SQL Server: set {EnvironmentVariable} to run these tests against one."
        : null;

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
        if (SkipReason is not null)
        {
            return;
        }

        SqlConnection.ClearAllPools();
        var master = new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = "master", Pooling = false };
        // A session closed a moment ago may still be ending on the server ("in use"): try again briefly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new SqlConnection(master.ConnectionString);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = DropDatabase;
                command.Parameters.AddWithValue("@Name", name);
                command.ExecuteNonQuery();
                return;
            }
            catch (SqlException) when (attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }
}
