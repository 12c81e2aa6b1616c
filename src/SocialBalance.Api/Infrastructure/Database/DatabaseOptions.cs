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

    /// <summary>Seconds a SQL Server connection attempt may take before the request fails.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 5;

    public bool ShouldSeedDemoData => SeedDemoData ?? Provider == DatabaseProvider.Sqlite;
}
