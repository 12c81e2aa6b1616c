using SocialBalance.Analysis;
using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Themes;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using static SocialBalance.Api.Features.Calculations.FormulaText;

namespace SocialBalance.Api.Features.Comparisons;

/// <summary>Turns the Analysis results into the response contracts (codes with names, formulas in words).</summary>
public static class ComparisonMapping
{
    public static GapComparisonResponse Gap(GapAssessment gap, CatalogueSnapshot catalogue)
    {
        var indicator = catalogue.Indicator(gap.IndicatorCode);
        return new GapComparisonResponse(
            indicator.Ref,
            indicator.Unit,
            gap.Direction,
            catalogue.AreaRef(gap.AreaCode),
            gap.ReferenceAreaCode,
            gap.Outcome,
            Verdict(gap),
            gap.BaselineYear,
            gap.LatestYear,
            gap.Baseline is { } b ? Shortfall(b, gap.Direction) : null,
            gap.Latest is { } l ? Shortfall(l, gap.Direction) : null,
            gap.AreaChange,
            gap.ShortfallChange,
            gap.Narrowed,
            gap.Improving,
            MissingFigureResponse.From(gap.MissingFigures));
    }

    public static TrendResponse Trend(TrendAssessment trend, CatalogueSnapshot catalogue) => new(
        catalogue.Indicator(trend.IndicatorCode).Ref,
        trend.Direction,
        trend.Outcome,
        trend.BaselineYear,
        trend.LatestYear,
        trend.BaselineValue,
        trend.LatestValue,
        trend.Change,
        trend.Improving,
        MissingFigureResponse.From(trend.MissingFigures));

    public static ThemeVerdictResponse Theme(ThemeVerdict verdict, CatalogueSnapshot catalogue) => new(
        catalogue.Themes.Single(t => t.Code == verdict.ThemeCode).Ref,
        catalogue.AreaRef(verdict.AreaCode),
        verdict.Criterion,
        verdict.Outcome,
        verdict.Label,
        verdict.Considered,
        verdict.Improved,
        verdict.Narrowed,
        verdict.Insufficient,
        verdict.IsPartial,
        verdict.IndicatorsFailing,
        verdict.IndicatorsLackingData,
        verdict.IndicatorsNotJudged,
        verdict.Trends.Select(t => Trend(t, catalogue)).ToList(),
        verdict.Gaps.Select(g => Gap(g, catalogue)).ToList());

    public static GapVerdict Verdict(GapAssessment gap) => gap.Outcome switch
    {
        AssessmentOutcome.InsufficientData => GapVerdict.InsufficientData,
        AssessmentOutcome.NotJudged => GapVerdict.NotJudged,
        _ => gap.Narrowed == true ? GapVerdict.GapNarrowing : GapVerdict.GapNotNarrowing,
    };

    private static ShortfallResponse Shortfall(ShortfallMeasurement m, Direction direction)
    {
        var formula = direction switch
        {
            Direction.HigherIsBetter => $"shortfall = reference − area = {Num(m.ReferenceValue)} − {Term(m.AreaValue)} = {Num(m.Shortfall)}",
            Direction.LowerIsBetter => $"shortfall = area − reference = {Num(m.AreaValue)} − {Term(m.ReferenceValue)} = {Num(m.Shortfall)}",
            _ => $"difference = area − reference = {Num(m.AreaValue)} − {Term(m.ReferenceValue)} = {Num(m.Difference)} (neutral: no shortfall)",
        };
        if (m.RelativeShortfall is { } relative)
        {
            formula += $"; relative = {Term(m.Shortfall!.Value)} / |{Num(m.ReferenceValue)}| = {Num(relative)}";
        }

        return new ShortfallResponse(
            m.Year, m.AreaValue, m.ReferenceValue, m.Difference, m.RelativeDifference, m.Shortfall, m.RelativeShortfall, formula);
    }
}
