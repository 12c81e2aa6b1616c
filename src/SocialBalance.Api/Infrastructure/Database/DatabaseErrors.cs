using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>Classifies provider errors, so neither the write path nor the HTTP layer looks at provider error numbers itself.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    // The SQL Server errors after which the same transaction may well succeed: 1205 deadlock victim; 3960/3961
    // snapshot update conflicts; 40001 (the serialization-failure state some engines report as the number);
    // Azure SQL's failover and throttling numbers (40197, 40501, 40613, 49918–49920, 4221, 10928, 10929); and a
    // connection lost mid-transaction (233, 64, 10053, 10054, 10060). A timeout (-2) is not among them: an
    // attempt that ran out of time would only run out again.
    private static readonly HashSet<int> SqlServerTransient =
        [1205, 3960, 3961, 40001, 40197, 40501, 40613, 49918, 49919, 49920, 4221, 10928, 10929, 233, 64, 10053, 10054, 10060];

    public static bool IsConstraintViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        SqlException sql => sql.Number is 2627 or 2601 or 547,
        _ => false,
    };

    /// <summary>A row refused because its unique key is taken.</summary>
    public static bool IsDuplicateKey(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is 2627 or 2601,
        _ => false,
    };

    /// <summary>True when the same transaction, started again, may well succeed.</summary>
    public static bool IsTransient(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        SqlException sql => SqlServerTransient.Contains(sql.Number),
        _ => false,
    };

    /// <summary>True when the database cannot be reached or is too busy: worth retrying later.</summary>
    public static bool IsUnavailable(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCantOpen,
        // -2 timeout, 53/2/-1 network, 4060 cannot open database, 40613/40501/49918 Azure SQL busy.
        SqlException sql => sql.Number is -2 or -1 or 2 or 53 or 4060 || SqlServerTransient.Contains(sql.Number),
        _ => false,
    };
}
