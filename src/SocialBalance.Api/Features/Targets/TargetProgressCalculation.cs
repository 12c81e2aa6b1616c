using SocialBalance.Analysis;
using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Observations;
using SocialBalance.Analysis.Progress;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Progress;
using static SocialBalance.Api.Features.Calculations.FormulaText;

namespace SocialBalance.Api.Features.Targets;

/// <summary>Feeds one target and its figures to the Analysis library: a value target directly, a gap target via GapTarget.</summary>
public static class TargetProgressCalculation
{
    public static TargetProgressResponse Compute(TargetResponse target, IndicatorInfo indicator, ObservationTable observations)
    {
        var series = observations.Series(indicator.Code, target.Area.Code);
        if (target.Kind == TargetKind.Value)
        {
            var assessment = ProgressMeasure.Assess(
                series, indicator.Direction, target.BaselineYear, new ProgressTarget(target.TargetValue!.Value, target.TargetYear));
            return new TargetProgressResponse(target, null, ProgressMapping.Series(assessment, target.Area, series), []);
        }

        var reference = target.ReferenceArea!;
        var gap = GapCalculator.CompareGap(
            observations, indicator.Code, indicator.Direction, target.Area.Code, reference.Code, target.BaselineYear);
        var gapTarget = GapTarget.FromGap(gap, target.RemainingShare!.Value, target.TargetYear, indicator.Decimals);
        if (gapTarget is null)
        {
            return NotComputable(target, indicator, series, gap);
        }

        var progress = ProgressMeasure.Assess(series, indicator.Direction, target.BaselineYear, gapTarget.ToProgressTarget());
        return new TargetProgressResponse(
            target, GapResponse(gapTarget, reference), ProgressMapping.Series(progress, target.Area, series), []);
    }

    /// <summary>A gap target with no target value: neutral, figures missing (named), or the area already ahead at the baseline.</summary>
    private static TargetProgressResponse NotComputable(
        TargetResponse target, IndicatorInfo indicator, IReadOnlyList<YearValue> series, GapAssessment gap)
    {
        var notAvailable = new ProgressAssessment
        {
            Method = ProgressMethod.WithTarget,
            Direction = indicator.Direction,
            ConfiguredBaseYear = target.BaselineYear,
            Status = ProgressStatus.NotAvailable,
            Reason = indicator.Direction == Direction.Neutral ? NotAvailableReason.NeutralDirection : null,
        };
        var response = ProgressMapping.Series(notAvailable, target.Area, series);
        if (notAvailable.Reason is not null)
        {
            return new TargetProgressResponse(target, null, response, []);
        }

        var (reason, text) = gap.Baseline is { } baseline && GapTarget.StartsAhead(baseline)
            ? ("area-ahead-at-baseline", $"the gap target cannot be set: {GapTargetCheck.AheadText(gap.AreaCode, gap.ReferenceAreaCode, baseline)}")
            : ("gap-not-computable", $"the gap target cannot be set: {Describe(gap.MissingFigures)}");
        response = response with { Reason = reason, ReasonText = text, Formula = $"not available: {text}" };
        return new TargetProgressResponse(target, null, response, MissingFigureResponse.From(gap.MissingFigures));
    }

    private static GapTargetResponse GapResponse(GapTargetValue g, CodeAndName reference)
    {
        var sign = g.Direction == Direction.HigherIsBetter ? "−" : "+";
        var formula = $"target shortfall = baseline shortfall × remaining share = {Num(g.BaselineShortfall)} × {Num(g.RemainingShare)} = {Num(g.TargetShortfall)}; " +
            $"target value = reference value {g.ReferenceYear} {sign} target shortfall = {Num(g.ReferenceValue)} {sign} {Term(g.TargetShortfall)} = {Num(g.TargetValue)}";
        return new GapTargetResponse(
            reference, g.BaselineYear, g.BaselineShortfall, g.RemainingShare, g.TargetShortfall, g.ReferenceYear, g.ReferenceValue, g.TargetValue, formula);
    }
}
