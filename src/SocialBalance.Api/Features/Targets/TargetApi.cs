using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Targets;

public static class TargetApi
{
    private static readonly CsvColumn<TargetResponse>[] CsvColumns =
    [
        new("id", t => t.Id),
        new("indicator", t => t.Indicator.Code),
        new("indicator_name_da", t => t.Indicator.Name.Da) { SpreadsheetOnly = true },
        new("indicator_name_en", t => t.Indicator.Name.En) { SpreadsheetOnly = true },
        new("area", t => t.Area.Code),
        new("area_name_da", t => t.Area.Name.Da) { SpreadsheetOnly = true },
        new("area_name_en", t => t.Area.Name.En) { SpreadsheetOnly = true },
        new("baseline_year", t => t.BaselineYear),
        new("target_year", t => t.TargetYear),
        new("kind", t => WireCode.Of(t.Kind)),
        new("target_value", t => t.TargetValue) { IndicatorOf = t => t.Indicator.Code },
        new("remaining_share", t => t.RemainingShare),
        new("reference_area", t => t.ReferenceArea?.Code),
        new("reference_area_name_da", t => t.ReferenceArea?.Name.Da) { SpreadsheetOnly = true },
        new("reference_area_name_en", t => t.ReferenceArea?.Name.En) { SpreadsheetOnly = true },
        new("note_da", t => t.Note?.Da),
        new("note_en", t => t.Note?.En),
        new("last_updated", t => t.LastUpdated),
    ];

    public static RouteGroupBuilder MapTargets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/targets").WithTags("Targets");

        group.MapGet("/", ListTargets)
            .WithName(nameof(ListTargets))
            .WithSummary("Targets toward 2030: a target value, or a share of the baseline gap to a reference area")
            .WithDescription("Filter with `indicator` and `area`. Also as CSV (`Accept: text/csv` or `format=csv`) or a spreadsheet (`format=xlsx`).")
            .Validate<TargetListQuery>();

        group.MapGet("/{id}", GetTarget)
            .WithName(nameof(GetTarget))
            .WithSummary("One target")
            .WithDescription("A target value (`kind` value) or a share of the baseline shortfall to a reference area (`kind` gap). Its progress is at /api/v1/targets/{id}/progress. An admin key creates and changes targets at /api/v1/admin/targets.")
            .ProducesNotFoundProblem();

        group.MapGet("/{id}/progress", GetTargetProgress)
            .WithName(nameof(GetTargetProgress))
            .WithSummary("Progress toward one target (Open SDG method 2), with every input")
            .WithDescription("""
                The Open SDG progress measure with a target (open-sdg.readthedocs.io, "progress methodology"). Base year:
                the target's baseline year, or the next year with a figure; current year: the latest year with a figure.
                `target-achieved` (score 5) when the current value is at or beyond the target in the good direction.
                Otherwise r = sign · dir · CAGR(base → current) / |CAGR(base → target, target year)|, with
                CAGR = (x_b / x_a)^(1/(t_b − t_a)) − 1, a zero base or target replaced by 0.001, sign = −1 for a negative
                base, dir = +1 higher is better / −1 lower is better: r ≥ 0.95 substantial, 0.6 ≤ r < 0.95 moderate,
                0 ≤ r < 0.6 limited, r < 0 deterioration; score = min(7.1429·r − 4.2857, 5) for r ≥ 0.6, else
                max(4.1667·r − 2.5, −5). Not available, with the reason, for fewer than 2 years, opposite signs, and similar.

                A gap target (`kind` gap) first becomes a target value: target shortfall = baseline shortfall × remaining
                share; target value = the reference area's value in the latest year both areas have a figure (held
                constant to the target year: no forecast) − target shortfall (higher is better) or + (lower is better).
                """ + NumberPrecision.Rules)
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<CsvOrJson<IReadOnlyList<TargetResponse>>> ListTargets(
        [AsParameters] TargetListQuery query, HttpRequest request, TargetQueries queries, CancellationToken ct)
    {
        var targets = await queries.ListAsync(query, ct);
        return CsvOrJson.For<IReadOnlyList<TargetResponse>>(request, () => targets, () => CsvResult.From(targets, CsvColumns, "targets.csv"));
    }

    public static async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> GetTarget(int id, TargetQueries queries, CancellationToken ct)
    {
        var target = await queries.FindAsync(id, ct);
        return target is null ? NotFound(id) : TypedResults.Ok(target);
    }

    public static async Task<Results<Ok<TargetProgressResponse>, ProblemHttpResult>> GetTargetProgress(
        int id, TargetQueries queries, AnalysisInputQueries inputs, CancellationToken ct)
    {
        var target = await queries.FindAsync(id, ct);
        if (target is null)
        {
            return NotFound(id);
        }

        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var indicator = catalogue.Indicator(target.Indicator.Code);
        string[] areas = target.ReferenceArea is { } reference ? [target.Area.Code, reference.Code] : [target.Area.Code];
        var observations = await inputs.LoadObservationsAsync([indicator.Code], areas, ct);
        return TypedResults.Ok(TargetProgressCalculation.Compute(target, indicator, observations));
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(
            title: $"No target has the id {id}.",
            detail: "The targets are listed at /api/v1/targets.",
            statusCode: StatusCodes.Status404NotFound,
            type: ProblemTypes.NotFound);
}
