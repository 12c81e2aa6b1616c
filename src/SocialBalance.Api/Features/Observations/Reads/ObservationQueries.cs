using Dapper;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Caching;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations.Reads;

/// <summary>
/// The figure list. A page of current figures filtered by indicator or area is a slice of the filter's ids in list
/// order (<see cref="ObservationOrder"/>) fetched by id (<see cref="ObservationsById"/>); other pages (no such filter,
/// <c>asOf</c>, <c>updatedSince</c>) are sorted and counted by the database.
/// </summary>
public sealed class ObservationQueries(
    DbConnectionFactory db, DataVersionTracker versions, IKeptCatalogue catalogues, ObservationOrder order, ObservationsById byId)
    : ISqlStatementSource
{
    // Past this many figures (estimated from the filter) an order is left to the database: the ids of a whole
    // national table would be read and sorted for one page.
    private const long MaxOrderedInMemory = 250_000;

    // Years assumed when the filter leaves them open: more than the data sets hold today.
    private const int OpenYears = 40;

    private const string Keys = "SELECT o.id, o.indicator_code, o.area_code, o.year FROM observation o";

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

    /// <summary>For every source and filter combination: the count, the page and the unpaged stream; the ordered ids.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect)
    {
        for (var filter = ListFilter.None; filter <= ListFilter.All; filter++)
        {
            yield return Keys + Where(ObservationSource.Current, filter);
        }

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
        var skip = (long)(query.PageOrDefault - 1) * query.PageSizeOrDefault;
        var take = query.PageSizeOrDefault;
        if (source == ObservationSource.Current && await OrderedIdsAsync(query, where, parameters, ct) is { } ids)
        {
            return (await byId.ReadAsync(ids.Skip((int)Math.Min(skip, ids.Length)).Take(take).ToArray(), ct), ids.Length);
        }

        var version = await versions.CurrentAsync(ct);
        parameters.Add("Skip", skip);
        parameters.Add("Take", take);
        List<ObservationResponse> rows;
        await using (var connection = await db.OpenReadAsync(ct))
        {
            rows = (await connection.QueryAsync<ObservationRow>(new CommandDefinition(
                PageSql(db.Dialect, source, where), parameters, cancellationToken: ct))).Select(r => r.ToResponse()).ToList();
        }

        // A page that is not full, and not past the end, holds the last figure: the total needs no count.
        if (rows.Count < take && (rows.Count > 0 || skip == 0))
        {
            return (rows, skip + rows.Count);
        }

        var filter = string.Join('|', source, query.AsOf?.UtcTicks, query.UpdatedSince?.UtcTicks, FilterKey(query));
        return (rows, await order.CountAsync(version, filter, () => CountAsync(source, where, parameters), ct));
    }

    private async Task<long> CountAsync(ObservationSource source, string where, DynamicParameters parameters)
    {
        // Not cancelled with the request: other requests for the same filter may be waiting for this count.
        await using var connection = await db.OpenReadAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(CountSql(source, where), parameters);
    }

    /// <summary>The filter's codes and years, the same text for the same selection whatever the order of codes given.</summary>
    private static string FilterKey(ObservationListQuery query) =>
        string.Join(
            '|',
            string.Join(',', CodeList.Parse(query.Indicator).Order(StringComparer.Ordinal)),
            string.Join(',', CodeList.Parse(query.Area).Order(StringComparer.Ordinal)),
            query.From,
            query.To);

    /// <summary>The filter's ids in list order, kept per data version; null where the database orders better.</summary>
    private async Task<long[]?> OrderedIdsAsync(ObservationListQuery query, string where, DynamicParameters parameters, CancellationToken ct)
    {
        var indicators = CodeList.Parse(query.Indicator);
        var areas = CodeList.Parse(query.Area);
        if (indicators.Count == 0 && areas.Count == 0)
        {
            return null;
        }

        var version = await versions.CurrentAsync(ct);
        var catalogue = await catalogues.LoadCatalogueAsync(ct);
        var years = query.From is { } from && query.To is { } to ? to - from + 1 : OpenYears;
        var estimate = (long)(indicators.Count > 0 ? indicators.Count : catalogue.Indicators.Count)
            * (areas.Count > 0 ? areas.Count : catalogue.Areas.Count) * years;
        if (estimate > MaxOrderedInMemory)
        {
            return null;
        }

        return await order.GetAsync(version, FilterKey(query), () => ReadOrderAsync(where, parameters, catalogue), ct);
    }

    private async Task<long[]?> ReadOrderAsync(string where, DynamicParameters parameters, CatalogueSnapshot catalogue)
    {
        // Not cancelled with the request: other requests for the same filter may be waiting for this order.
        await using var connection = await db.OpenReadAsync(CancellationToken.None);
        var keys = (await connection.QueryAsync<ObservationKey>(Keys + where, parameters)).AsList();
        return ObservationOrder.Sort(keys, catalogue);
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
