using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Infrastructure.Caching;

/// <summary>
/// The database's two change counters (migration 0014): triggers raise them in the transaction of every change to a
/// public table, so answers kept under a version are never older than the data that version stands for.
/// </summary>
/// <param name="Catalogue">Raised by changes to effect goals, themes, area kinds, areas and indicators.</param>
/// <param name="Data">Raised by changes to everything else a public read shows.</param>
public readonly record struct DataVersion(long Catalogue, long Data)
{
    public override string ToString() => $"{Catalogue}.{Data}";
}

/// <summary>Reads <see cref="DataVersion"/>: one row by its key, the cheapest read there is.</summary>
public class DataVersionQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Read = "SELECT catalogue_version, data_version FROM data_change WHERE id = 1";

    public static IEnumerable<string> Statements(SqlDialect dialect) => [Read];

    /// <summary>
    /// Reads the version from the read connection, the source the answers come from: a read replica's version and
    /// its data lag together. Call it before reading the data an answer is made of, never after.
    /// </summary>
    public virtual async Task<DataVersion> ReadAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        return await ReadAsync(connection, ct);
    }

    public static async Task<DataVersion> ReadAsync(System.Data.Common.DbConnection connection, CancellationToken ct)
    {
        var row = await connection.QuerySingleAsync<VersionRow>(new CommandDefinition(Read, cancellationToken: ct));
        return new DataVersion(row.CatalogueVersion, row.DataVersion);
    }

    private sealed class VersionRow
    {
        public long CatalogueVersion { get; init; }
        public long DataVersion { get; init; }
    }
}
