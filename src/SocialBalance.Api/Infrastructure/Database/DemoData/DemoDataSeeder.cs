using System.Data;
using Dapper;

namespace SocialBalance.Api.Infrastructure.Database.DemoData;

/// <summary>Loads the demo figures of <see cref="DemoCatalog"/> into an empty observation table.</summary>
public static class DemoDataSeeder
{
    /// <summary>
    /// Inserts every demo figure, all or nothing, and returns how many. Does nothing when the table already
    /// holds any figure, so a restart adds nothing and figures posted later are never overwritten.
    /// </summary>
    /// <remarks>
    /// The emptiness check runs inside the serializable transaction, so two instances starting at once cannot
    /// both load (on SQL Server the loser fails on a deadlock and loads nothing). One prepared single-row
    /// insert per figure keeps the SQL a constant and far below the 2,100-parameter limit of SQL Server;
    /// for some 700 rows inside one transaction that is fast enough on both databases.
    /// </remarks>
    public static async Task<int> SeedAsync(DbConnectionFactory factory, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(clock);
        await using var connection = await factory.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct);

        var existing = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(DemoDataQueries.CountObservations, transaction: transaction, cancellationToken: ct));
        if (existing > 0)
        {
            return 0;
        }

        var formats = await connection.QueryAsync<IndicatorFormat>(
            new CommandDefinition(DemoDataQueries.IndicatorFormats, transaction: transaction, cancellationToken: ct));
        var rows = DemoRows.Build(formats.ToDictionary(f => f.Code, StringComparer.Ordinal));

        var loadedAt = clock.GetUtcNow();
        var dialect = factory.Dialect;
        var parameters = rows.Select(row => new InsertParameters(
            dialect.Code(row.Indicator),
            dialect.Code(row.Area),
            row.Year,
            row.Value,
            dialect.Code(row.Status),
            row.Source,
            row.Note,
            loadedAt)).ToList();

        var inserted = await connection.ExecuteAsync(
            new CommandDefinition(DemoDataQueries.InsertObservation, parameters, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return inserted;
    }

    private sealed record InsertParameters(
        DbString IndicatorCode,
        DbString AreaCode,
        int Year,
        double Value,
        DbString StatusCode,
        string Source,
        string? Note,
        DateTimeOffset UpdatedAt);
}
