using Dapper;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>
/// Puts the SQLite file in write-ahead-log mode at start (the mode is kept in the file). Readers then neither wait for
/// a writer nor take the file's lock for every statement: a bulk import no longer holds up the reads beside it, and a
/// read begins without the lock calls and journal check of the rollback journal. SQL Server has nothing to set.
/// </summary>
public sealed class JournalModeQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string SqliteWriteAheadLog = "PRAGMA journal_mode = WAL";

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
        dialect.Provider == DatabaseProvider.Sqlite ? [SqliteWriteAheadLog] : [];

    /// <summary>The journal mode in force afterwards ("wal"); null where there is nothing to set.</summary>
    public async Task<string?> UseWriteAheadLogAsync(CancellationToken ct)
    {
        // Nothing is opened where there is nothing to set: before the migrations a SQL Server database may not exist yet.
        string? mode = null;
        foreach (var statement in Statements(db.Dialect))
        {
            await using var connection = await db.OpenAsync(ct);
            mode = await connection.ExecuteScalarAsync<string>(new CommandDefinition(statement, cancellationToken: ct));
        }

        return mode;
    }
}
