using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Formats;


namespace SocialBalance.Api.Features.Observations.Reads;

public static class ObservationApi
{
    private static readonly CsvColumn<ObservationResponse>[] CsvColumns =
    [
        new("indicator", o => o.Indicator),
        new("area", o => o.Area),
        new("year", o => o.Year),
        new("value", o => o.Value) { IndicatorOf = o => o.Indicator },
        new("unit", o => o.Unit),
        new("numerator", o => o.Numerator),
        new("denominator", o => o.Denominator),
        new("status", o => o.Status),
        new("source", o => o.Source),
        new("note", o => o.Note),
        new("last_updated", o => o.LastUpdated),
        new("retracted", o => o.Retracted),
    ];

    public static RouteGroupBuilder MapObservations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/observations").WithTags("Observations");

        group.MapGet("/", ListObservations)
            .WithName(nameof(ListObservations))
            .WithSummary("Yearly figures, filtered by indicator, area and years")
            .WithDescription("""
                Figures in a stable order (indicator, area, year), a page at a time, with links to the next and
                previous page. With `Accept: text/csv` (or `format=csv`) every matching figure comes back as one CSV
                file (no paging), so a BI tool can pull a whole indicator in one call; with `format=xlsx` as one
                spreadsheet, continued on further sheets past Excel's 1,048,576 rows.
                `asOf` answers the figures as they stood at a time (from their revision history); `updatedSince`
                answers only the figures written or retracted after a time, retractions flagged `retracted: true`,
                so a municipal system can keep a copy in sync (remember the time you asked, and ask again from it).
                """)
            .Validate<ObservationListQuery>();

        return group;
    }

    public static async Task<CsvOrJson<PagedResponse<ObservationResponse>>> ListObservations(
        [AsParameters] ObservationListQuery query, HttpRequest request, ObservationQueries queries, CancellationToken ct)
    {
        if (request.WantsTable())
        {
            // Streamed as read, the whole selection in one answer (no paging), as CSV or a spreadsheet.
            return CsvOrJson<PagedResponse<ObservationResponse>>.Csv(CsvResult.From(queries.StreamAsync(query, ct), CsvColumns, "observations.csv"));
        }

        var (items, total) = await queries.PageAsync(query, ct);
        return CsvOrJson<PagedResponse<ObservationResponse>>.Json(PagedResponse<ObservationResponse>.Create(
            request, items, query.PageOrDefault, query.PageSizeOrDefault, total));
    }
}
