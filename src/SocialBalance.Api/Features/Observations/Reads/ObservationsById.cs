using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations.Reads;

/// <summary>
/// Current figures by id, in the order asked: how a page of the figure list is read once its ids are known
/// (<see cref="ObservationOrder"/>). A figure retracted since its id was listed is left out.
/// </summary>
public sealed class ObservationsById(DbConnectionFactory db) : ISqlStatementSource
{
    /// <summary>The statement, one parameter <c>@Ids</c> holding the ids as a JSON array (<see cref="SqlDialect.IdArray"/>).</summary>
    public static string Sql(SqlDialect dialect) => $"""
        SELECT o.id, o.indicator_code, o.area_code, o.year, o.value, i.unit, o.numerator, o.denominator,
               o.status_code, o.source, o.note, o.updated_at, o.retracted_at
        FROM observation o
        JOIN indicator i ON i.code = o.indicator_code
        WHERE {dialect.IdIn("o.id", "@Ids")} AND o.retracted_at IS NULL
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect)
    {
        yield return Sql(dialect);
    }

    public async Task<IReadOnlyList<ObservationResponse>> ReadAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await db.OpenReadAsync(ct);
        // Read column by column: a page holds up to 1,000 figures, and a mapper boxes every value it reads.
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            Sql(db.Dialect), new { Ids = SqlDialect.IdArray(ids) }, cancellationToken: ct));
        var rows = new Dictionary<long, ObservationResponse>(ids.Count);
        while (await reader.ReadAsync(ct))
        {
            rows[reader.GetInt64(0)] = new ObservationResponse(
                reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetDouble(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetDouble(7),
                reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10),
                DateTimeOffsetHandler.FromDatabase(reader.GetValue(11)), !reader.IsDBNull(12));
        }

        var page = new List<ObservationResponse>(ids.Count);
        foreach (var id in ids)
        {
            if (rows.TryGetValue(id, out var figure))
            {
                page.Add(figure);
            }
        }

        return page;
    }
}
