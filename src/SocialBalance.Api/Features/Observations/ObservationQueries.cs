using Dapper;
using SocialBalance.Api.Features.Common;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations;

public sealed class ObservationQueries(DbConnectionFactory db) : ISqlStatementSource
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

    /// <summary>The optional filters of the figure list; each adds one fixed condition.</summary>
    [Flags]
    private enum ListFilter
    {
        None = 0,
        Indicators = 1,
        Areas = 2,
        FromYear = 4,
        ToYear = 8,
        All = Indicators | Areas | FromYear | ToYear,
    }

    /// <summary>For every filter combination: the count, the page and the unpaged stream.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect)
    {
        for (var filter = ListFilter.None; filter <= ListFilter.All; filter++)
        {
            var where = Where(filter);
            yield return CountSql(where);
            yield return PageSql(dialect, where);
            yield return ListSql(where);
        }
    }

    public async Task<(IReadOnlyList<ObservationResponse> Items, long TotalCount)> PageAsync(ObservationListQuery query, CancellationToken ct)
    {
        var (where, parameters) = Filter(query);
        parameters.Add("Skip", (query.PageOrDefault - 1) * query.PageSizeOrDefault);
        parameters.Add("Take", query.PageSizeOrDefault);

        await using var connection = await db.OpenReadAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql(where), parameters, cancellationToken: ct));
        var rows = await connection.QueryAsync<ObservationRow>(new CommandDefinition(
            PageSql(db.Dialect, where), parameters, cancellationToken: ct));
        return (rows.Select(r => r.ToResponse()).ToList(), total);
    }

    /// <summary>Every matching figure, streamed in list order (for CSV, which has no page limit).</summary>
    public async IAsyncEnumerable<ObservationResponse> StreamAsync(
        ObservationListQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var (where, parameters) = Filter(query);
        await using var connection = await db.OpenReadAsync(ct);
        var rows = connection.QueryUnbufferedAsync<ObservationRow>(ListSql(where), parameters);
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row.ToResponse();
        }
    }

    private static string CountSql(string where) => Count + where;

    private static string ListSql(string where) => Select + where + Order;

    private static string PageSql(SqlDialect dialect, string where) => dialect.Page(ListSql(where));

    /// <summary>The filters the query asks for, with their values as parameters.</summary>
    private (string Where, DynamicParameters Parameters) Filter(ObservationListQuery query)
    {
        var filter = ListFilter.None;
        var parameters = new DynamicParameters();
        var indicators = CodeList.Parse(query.Indicator);
        if (indicators.Count > 0)
        {
            filter |= ListFilter.Indicators;
            parameters.Add("Indicators", db.Dialect.Codes(indicators).ToList());
        }

        var areas = CodeList.Parse(query.Area);
        if (areas.Count > 0)
        {
            filter |= ListFilter.Areas;
            parameters.Add("Areas", db.Dialect.Codes(areas).ToList());
        }

        if (query.From is { } from)
        {
            filter |= ListFilter.FromYear;
            parameters.Add("From", from);
        }

        if (query.To is { } to)
        {
            filter |= ListFilter.ToYear;
            parameters.Add("To", to);
        }

        return (Where(filter), parameters);
    }

    /// <summary>The WHERE clause of a filter combination; used by the endpoints and by <see cref="Statements"/>.</summary>
    private static string Where(ListFilter filter)
    {
        var conditions = new List<string>();
        if (filter.HasFlag(ListFilter.Indicators))
        {
            conditions.Add(ByIndicators);
        }

        if (filter.HasFlag(ListFilter.Areas))
        {
            conditions.Add(ByAreas);
        }

        if (filter.HasFlag(ListFilter.FromYear))
        {
            conditions.Add(FromYear);
        }

        if (filter.HasFlag(ListFilter.ToYear))
        {
            conditions.Add(ToYear);
        }

        return SqlFragments.Where(conditions);
    }
}
