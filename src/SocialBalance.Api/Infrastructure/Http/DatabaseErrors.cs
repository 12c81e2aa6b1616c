using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>Classifies provider errors, so the HTTP layer never looks at provider error numbers itself.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCantOpen = 14;

    public static bool IsConstraintViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        SqlException sql => sql.Number is 2627 or 2601 or 547,
        _ => false,
    };

    /// <summary>True when the database cannot be reached or is too busy: worth retrying later.</summary>
    public static bool IsUnavailable(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCantOpen,
        // -2 timeout, 53/2/-1 network, 4060 cannot open database, 40613/40501/49918 Azure SQL busy.
        SqlException sql => sql.Number is -2 or -1 or 2 or 53 or 4060 or 40613 or 40501 or 49918 or 1205,
        _ => false,
    };
}
