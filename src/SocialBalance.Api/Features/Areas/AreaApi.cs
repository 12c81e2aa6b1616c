using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Areas;

public static class AreaApi
{
    private static readonly CsvColumn<AreaSummary>[] CsvColumns =
    [
        new("code", a => a.Code),
        new("name_da", a => a.Name.Da),
        new("name_en", a => a.Name.En),
        new("kind", a => a.Kind.Code),
        new("kind_name_da", a => a.Kind.Name.Da) { SpreadsheetOnly = true },
        new("kind_name_en", a => a.Kind.Name.En) { SpreadsheetOnly = true },
        new("parent", a => a.ParentCode),
    ];

    public static RouteGroupBuilder MapAreas(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/areas").WithTags("Areas");

        group.MapGet("/", ListAreas)
            .WithName(nameof(ListAreas))
            .WithSummary("Areas: the country, the region, the municipality and its housing areas")
            .WithDescription("Filter with `kind` (country, region, municipality, social-balance-area, housing-area) and `parent`. Also as CSV (`Accept: text/csv` or `format=csv`) or a spreadsheet (`format=xlsx`).")
            .Validate<AreaListQuery>();

        group.MapGet("/{code:code}", GetArea)
            .WithName(nameof(GetArea))
            .WithSummary("One area with its parent, children, housing organisations and official list history")
            .WithDescription("The housing organisations are those that report figures for the area. The list history holds each 1 December list of the ministry (almenboligloven § 61 a) that named the area, with its category.")
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<CsvOrJson<IReadOnlyList<AreaSummary>>> ListAreas(
        [AsParameters] AreaListQuery query, HttpRequest request, AreaQueries queries, CancellationToken ct)
    {
        var areas = await queries.ListAsync(query.Kind, query.Parent, ct);
        return CsvOrJson.For<IReadOnlyList<AreaSummary>>(request, () => areas, () => CsvResult.From(areas, CsvColumns, "areas.csv"));
    }

    public static async Task<Results<Ok<AreaResponse>, ProblemHttpResult>> GetArea(
        string code, AreaQueries queries, CancellationToken ct)
    {
        var area = await queries.FindAsync(code, ct);
        return area is null ? Problems.NotFound("area", code, "/api/v1/areas") : TypedResults.Ok(area);
    }
}
