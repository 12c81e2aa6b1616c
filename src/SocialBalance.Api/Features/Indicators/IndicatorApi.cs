using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Indicators;

public static class IndicatorApi
{
    private static readonly CsvColumn<IndicatorResponse>[] CsvColumns =
    [
        new("code", i => i.Code),
        new("name_da", i => i.Name.Da),
        new("name_en", i => i.Name.En),
        new("definition_da", i => i.Definition.Da),
        new("definition_en", i => i.Definition.En),
        new("theme", i => i.Theme.Code),
        new("theme_name_da", i => i.Theme.Name.Da) { SpreadsheetOnly = true },
        new("theme_name_en", i => i.Theme.Name.En) { SpreadsheetOnly = true },
        new("unit", i => i.Unit),
        new("direction", i => i.Direction),
        new("min_value", i => i.ValidRange.Min),
        new("max_value", i => i.ValidRange.Max),
        new("decimals", i => i.Decimals),
        new("source", i => i.Source),
        new("supplier", i => i.Supplier),
    ];

    public static RouteGroupBuilder MapIndicators(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/indicators").WithTags("Indicators");

        group.MapGet("/", ListIndicators)
            .WithName(nameof(ListIndicators))
            .WithSummary("The indicator catalogue")
            .WithDescription("Every indicator with its definition, theme, unit, direction (which way is better), valid range, decimals, source and supplier (who supplies the figures, and so who may write them). Filter with `theme`. Also as CSV (`Accept: text/csv` or `format=csv`) or a spreadsheet (`format=xlsx`).")
            .Validate<IndicatorListQuery>();

        group.MapGet("/{code:code}", GetIndicator)
            .WithName(nameof(GetIndicator))
            .WithSummary("One indicator with all its metadata")
            .WithDescription("`direction` says which way is better; `neutral` indicators are shown but never judged. Figures outside `validRange` or with more than `decimals` decimals are refused.")
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<CsvOrJson<IReadOnlyList<IndicatorResponse>>> ListIndicators(
        [AsParameters] IndicatorListQuery query, HttpRequest request, IndicatorQueries queries, CancellationToken ct)
    {
        var indicators = await queries.ListAsync(query.Theme, ct);
        return CsvOrJson.For<IReadOnlyList<IndicatorResponse>>(request, () => indicators, () => CsvResult.From(indicators, CsvColumns, "indicators.csv"));
    }

    public static async Task<Results<Ok<IndicatorResponse>, ProblemHttpResult>> GetIndicator(
        string code, IndicatorQueries queries, CancellationToken ct)
    {
        var indicator = await queries.FindAsync(code, ct);
        return indicator is null ? Problems.NotFound("indicator", code, "/api/v1/indicators") : TypedResults.Ok(indicator);
    }
}
