using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Analysis;
using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Progress;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Infrastructure.Http.Errors;
using static SocialBalance.Api.Features.Calculations.FormulaText;

namespace SocialBalance.Api.Features.Targets;

/// <summary>
/// Refuses a gap target whose area is already ahead of its reference area in the baseline year: halving a
/// "gap" the area does not have would set a target behind its own value. It needs the stored figures, so it is
/// a 422 from the handler (the body is well formed; the data makes it meaningless), not a 400 of the validator.
/// Without both baseline figures it is accepted: its progress says which figure is missing until one is posted.
/// </summary>
public static class GapTargetCheck
{
    public static async Task<ProblemHttpResult?> RefuseAsync(TargetRequest request, AnalysisInputQueries inputs, CancellationToken ct)
    {
        if (request.Kind != TargetRequest.GapKind || request.EffectiveReferenceArea is not { } reference)
        {
            return null;
        }

        var catalogue = await inputs.LoadLatestCatalogueAsync(ct);
        var indicator = catalogue.Indicator(request.Indicator);
        var table = await inputs.LoadObservationsAsync(
            [indicator.Code], [request.Area, reference], new YearRange(request.BaselineYear, request.BaselineYear), ct);
        if (table.Find(indicator.Code, request.Area, request.BaselineYear) is not { } areaValue
            || table.Find(indicator.Code, reference, request.BaselineYear) is not { } referenceValue)
        {
            return null;
        }

        var baseline = ShortfallCalculator.Measure(indicator.Direction, request.BaselineYear, areaValue, referenceValue);
        if (!GapTarget.StartsAhead(baseline))
        {
            return null;
        }

        var reason = $"{AheadText(request.Area, reference, baseline)} ({indicator.Direction.ToCode()}): " +
            "there is no gap to shrink. Set a value target (kind value) instead, or measure the gap to another reference area.";
        return Problems.Unprocessable("The gap target has no gap to shrink.", reason, "referenceArea", reason);
    }

    /// <summary>"in 2020 'a' (12.3) is already ahead of 'b' (15.1)": the words for this case wherever it is explained.</summary>
    public static string AheadText(string area, string reference, ShortfallMeasurement baseline) =>
        $"in {baseline.Year} '{area}' ({Num(baseline.AreaValue)}) is already ahead of '{reference}' ({Num(baseline.ReferenceValue)})";
}
