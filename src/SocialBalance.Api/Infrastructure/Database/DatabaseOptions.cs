namespace SocialBalance.Api.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// SQLite file, relative to the content root. Ignored for SQL Server, which reads
    /// <c>ConnectionStrings:SocialBalance</c>.
    /// </summary>
    public string SqliteFile { get; set; } = "data/socialbalance.db";

    /// <summary>
    /// Load the illustrative demo figures at start-up. Left unset, it is on for the embedded database
    /// and off for SQL Server, where nobody wants made-up figures in a real database by accident.
    /// </summary>
    public bool? SeedDemoData { get; set; }

    /// <summary>
    /// The pages of the SQLite file each open connection keeps in memory, in megabytes (SQLite's own default is 2).
    /// Ignored for SQL Server, whose server keeps its own.
    /// </summary>
    public int SqliteCacheMegabytes { get; set; } = DefaultSqliteCacheMegabytes;

    public const int DefaultSqliteCacheMegabytes = 8;

    public const int MaxSqliteCacheMegabytes = 1024;

    /// <summary>Seconds a SQL Server connection attempt may take before the request fails.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 5;

    public bool ShouldSeedDemoData => SeedDemoData ?? Provider == DatabaseProvider.Sqlite;

    /// <summary><see cref="SqliteCacheMegabytes"/>, refused at start when outside 1 to 1,024 rather than quietly bent.</summary>
    public int CheckedSqliteCacheMegabytes() =>
        SqliteCacheMegabytes is >= 1 and <= MaxSqliteCacheMegabytes
            ? SqliteCacheMegabytes
            : throw new InvalidOperationException(
                $"Database:SqliteCacheMegabytes is {SqliteCacheMegabytes}; it must lie between 1 and {MaxSqliteCacheMegabytes}.");
}
