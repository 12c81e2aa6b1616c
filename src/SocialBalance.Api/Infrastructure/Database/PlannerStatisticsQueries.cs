using Dapper;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>
/// Gives the query planner statistics at start. SQLite keeps none until asked: without them it prefers any
/// covering index, and at national scale it then scanned every area of an indicator (the figure index of 0013)
/// where the unique key seeks the 20 areas asked for. SQL Server keeps its own (auto-update statistics) and its
/// maintenance belongs to the database's owner: nothing is sent there, and the service's login needs no db_owner.
/// </summary>
public sealed class PlannerStatisticsQueries(DbConnectionFactory db) : ISqlStatementSource
{
    // 0x10002: analyse the tables that need it, with a small sampling limit, so a start stays fast (SQLite ≥ 3.46).
    private const string SqliteOptimize = "PRAGMA optimize = 0x10002";

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
        dialect.Provider == DatabaseProvider.Sqlite ? [SqliteOptimize] : [];

    public async Task RefreshAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        foreach (var statement in Statements(db.Dialect))
        {
            await connection.ExecuteAsync(new CommandDefinition(statement, cancellationToken: ct));
        }
    }
}
