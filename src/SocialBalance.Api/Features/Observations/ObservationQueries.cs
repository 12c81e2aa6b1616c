using Dapper;
using SocialBalance.Api.Features.Common;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations;

public sealed class ObservationQueries(DbConnectionFactory db)
{
    private const string Select = """
        SELECT o.indicator_code, o.area_code, o.year, o.value, i.unit, o.numerator, o.denominator,
               o.status_code, o.source, o.note, o.updated_at
        FROM observation o
        JOIN indicator i ON i.code = o.indicator_code
        JOIN area a ON a.code = o.area_code
        """;

    private const string Count = "SELECT COUNT(*) FROM observation o";

    // Catalogue order, then year: the same on both databases (code collations differ, sort numbers do not).
    private const string Order = "\nORDER BY i.sort_order, o.indicator_code, a.sort_order, o.area_code, o.year";

    private const string ByIndicators = "o.indicator_code IN @Indicators";
    private const string ByAreas = "o.area_code IN @Areas";
    private const string FromYear = "o.year >= @From";
    private const string ToYear = "o.year <= @To";

    public async Task<(IReadOnlyList<ObservationResponse> Items, long TotalCount)> PageAsync(ObservationListQuery query, CancellationToken ct)
    {
        var (where, parameters) = Filter(query);
        parameters.Add("Skip", (query.PageOrDefault - 1) * query.PageSizeOrDefault);
        parameters.Add("Take", query.PageSizeOrDefault);

        await using var connection = await db.OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(Count + where, parameters, cancellationToken: ct));
        var rows = await connection.QueryAsync<ObservationRow>(new CommandDefinition(
            db.Dialect.Page(Select + where + Order), parameters, cancellationToken: ct));
        return (rows.Select(r => r.ToResponse()).ToList(), total);
    }

    /// <summary>Every matching figure, streamed in list order (for CSV, which has no page limit).</summary>
    public async IAsyncEnumerable<ObservationResponse> StreamAsync(
        ObservationListQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var (where, parameters) = Filter(query);
        await using var connection = await db.OpenAsync(ct);
        var rows = connection.QueryUnbufferedAsync<ObservationRow>(Select + where + Order, parameters);
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row.ToResponse();
        }
    }

    /// <summary>Joins only fixed fragments; every value stays a parameter.</summary>
    private (string Where, DynamicParameters Parameters) Filter(ObservationListQuery query)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        var indicators = CodeList.Parse(query.Indicator);
        if (indicators.Count > 0)
        {
            conditions.Add(ByIndicators);
            parameters.Add("Indicators", db.Dialect.Codes(indicators).ToList());
        }

        var areas = CodeList.Parse(query.Area);
        if (areas.Count > 0)
        {
            conditions.Add(ByAreas);
            parameters.Add("Areas", db.Dialect.Codes(areas).ToList());
        }

        if (query.From is { } from)
        {
            conditions.Add(FromYear);
            parameters.Add("From", from);
        }

        if (query.To is { } to)
        {
            conditions.Add(ToYear);
            parameters.Add("To", to);
        }

        var where = conditions.Count == 0 ? "" : "\nWHERE " + string.Join(" AND ", conditions);
        return (where, parameters);
    }
}
