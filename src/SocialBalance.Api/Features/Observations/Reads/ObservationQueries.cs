using Dapper;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations.Reads;

public sealed class ObservationQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Columns = """
        SELECT o.indicator_code, o.area_code, o.year, o.value, i.unit, o.numerator, o.denominator,
               o.status_code, o.source, o.note, o.updated_at, o.retracted_at
        FROM
        """;

    private const string Joins = """

        JOIN indicator i ON i.code = o.indicator_code
        JOIN area a ON a.code = o.area_code
        """;

    private const string CurrentTable = "observation o";

    // The figures as they stood at @AsOf: a figure whose current revision was written by then, unless it is a
    // retraction; otherwise its latest superseded revision written by then, unless that was a retraction.
    // Same columns as observation.
    private const string AsOfTable = """
        (SELECT c.indicator_code, c.area_code, c.year, c.value, c.numerator, c.denominator, c.status_code, c.source, c.note,
                c.updated_at, c.retracted_at
         FROM observation c
         WHERE c.updated_at <= @AsOf AND c.retracted_at IS NULL
         UNION ALL
         SELECT r.indicator_code, r.area_code, r.year, r.value, r.numerator, r.denominator, r.status_code, r.source, r.note,
                r.recorded_at AS updated_at, NULL AS retracted_at
         FROM observation_revision r
         JOIN observation c ON c.indicator_code = r.indicator_code AND c.area_code = r.area_code AND c.year = r.year
         WHERE c.updated_at > @AsOf AND r.recorded_at <= @AsOf AND r.retracted = @False
           AND r.revision = (SELECT MAX(l.revision) FROM observation_revision l
                             WHERE l.indicator_code = r.indicator_code AND l.area_code = r.area_code AND l.year = r.year
                               AND l.recorded_at <= @AsOf)) o
        """;

    private const string Count = "SELECT COUNT(*) FROM ";

    // Catalogue order, then year: the same on both databases (code collations differ, sort numbers do not).
    private static string Order(SqlDialect dialect) =>
        $"\nORDER BY i.sort_order, {dialect.CodeOrder("o.indicator_code")}, a.sort_order, {dialect.CodeOrder("o.area_code")}, o.year";

    private const string NotRetracted = "o.retracted_at IS NULL";
    private const string ChangedSince = "o.updated_at > @Since";
    private const string ByIndicators = "o.indicator_code IN @Indicators";
    private const string ByAreas = "o.area_code IN @Areas";
    private const string FromYear = "o.year >= @From";
    private const string ToYear = "o.year <= @To";

    /// <summary>Where the figures come from: now, as they stood at a time, or what changed since a time.</summary>
    private enum ObservationSource
    {
        Current,
        AsOf,
        UpdatedSince,
    }

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

    /// <summary>For every source and filter combination: the count, the page and the unpaged stream.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect)
    {
        foreach (var source in Enum.GetValues<ObservationSource>())
        {
            for (var filter = ListFilter.None; filter <= ListFilter.All; filter++)
            {
                var where = Where(source, filter);
                yield return CountSql(source, where);
                yield return PageSql(dialect, source, where);
                yield return ListSql(dialect, source, where);
            }
        }
    }

    public async Task<(IReadOnlyList<ObservationResponse> Items, long TotalCount)> PageAsync(ObservationListQuery query, CancellationToken ct)
    {
        var (source, where, parameters) = Filter(query);
        // As a long: page 30,000,000 of 100 rows would overflow an int and wrap around to a negative offset (the first page).
        parameters.Add("Skip", (long)(query.PageOrDefault - 1) * query.PageSizeOrDefault);
        parameters.Add("Take", query.PageSizeOrDefault);

        await using var connection = await db.OpenReadAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql(source, where), parameters, cancellationToken: ct));
        var rows = await connection.QueryAsync<ObservationRow>(new CommandDefinition(
            PageSql(db.Dialect, source, where), parameters, cancellationToken: ct));
        return (rows.Select(r => r.ToResponse()).ToList(), total);
    }

    /// <summary>Every matching figure, streamed in list order (for CSV, which has no page limit).</summary>
    public async IAsyncEnumerable<ObservationResponse> StreamAsync(
        ObservationListQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var (source, where, parameters) = Filter(query);
        await using var connection = await db.OpenReadAsync(ct);
        var rows = connection.QueryUnbufferedAsync<ObservationRow>(ListSql(db.Dialect, source, where), parameters);
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row.ToResponse();
        }
    }

    private static string Table(ObservationSource source) => source == ObservationSource.AsOf ? AsOfTable : CurrentTable;

    private static string CountSql(ObservationSource source, string where) => Count + Table(source) + where;

    private static string ListSql(SqlDialect dialect, ObservationSource source, string where) => Columns + " " + Table(source) + Joins + where + Order(dialect);

    private static string PageSql(SqlDialect dialect, ObservationSource source, string where) => dialect.Page(ListSql(dialect, source, where));

    /// <summary>The filters the query asks for, with their values as parameters.</summary>
    private (ObservationSource Source, string Where, DynamicParameters Parameters) Filter(ObservationListQuery query)
    {
        var filter = ListFilter.None;
        var parameters = new DynamicParameters();
        var source = ObservationSource.Current;
        if (query.AsOf is { } asOf)
        {
            source = ObservationSource.AsOf;
            parameters.Add("AsOf", asOf);
            parameters.Add("False", false);
        }
        else if (query.UpdatedSince is { } since)
        {
            source = ObservationSource.UpdatedSince;
            parameters.Add("Since", since);
        }

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

        return (source, Where(source, filter), parameters);
    }

    /// <summary>The WHERE clause of a filter combination; used by the endpoints and by <see cref="Statements"/>.</summary>
    private static string Where(ObservationSource source, ListFilter filter)
    {
        // A retracted figure stays in the table (its history needs it) but is no longer a figure, except to a
        // client syncing changes, which must learn of the retraction. The asOf table leaves retractions out itself.
        var conditions = source switch
        {
            ObservationSource.Current => new List<string> { NotRetracted },
            ObservationSource.UpdatedSince => [ChangedSince],
            _ => [],
        };
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
