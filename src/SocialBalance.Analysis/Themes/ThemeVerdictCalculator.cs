using SocialBalance.Analysis.Gaps;

namespace SocialBalance.Analysis.Themes;

/// <summary>
/// Builds a theme verdict from the assessments of the theme's indicators for one area.
/// </summary>
/// <remarks>
/// Rule (domain.md leaves the detail open):
/// <list type="bullet">
/// <item>Neutral indicators never count; they are listed as not judged.</item>
/// <item>Judged indicators with a missing figure are skipped and listed as lacking data.</item>
/// <item>Met when every judged indicator with data meets the criterion (improving, or gap narrowing);
/// not met as soon as one of them does not; insufficient data when no judged indicator has data.</item>
/// </list>
/// A verdict from only part of the indicators is flagged <see cref="ThemeVerdict.IsPartial"/>, so the
/// reader sees that it rests on fewer indicators than the theme has.
/// </remarks>
public static class ThemeVerdictCalculator
{
    /// <summary>Verdict for the reference area (the municipality): every indicator with data must improve.</summary>
    public static ThemeVerdict ForImprovement(string themeCode, string areaCode, IReadOnlyList<TrendAssessment> trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var rows = trends.Select(t => new Row(t.IndicatorCode, t.Direction, t.Outcome, t.Improving, null, t.Improving));
        return Build(themeCode, areaCode, VerdictCriterion.Improving, rows, trends, []);
    }

    /// <summary>Verdict for a Social Balance area: the shortfall must shrink on every indicator with data.</summary>
    public static ThemeVerdict ForGapNarrowing(string themeCode, string areaCode, IReadOnlyList<GapAssessment> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var rows = gaps.Select(g => new Row(g.IndicatorCode, g.Direction, g.Outcome, g.Improving, g.Narrowed, g.Narrowed));
        return Build(themeCode, areaCode, VerdictCriterion.GapNarrowing, rows, [], gaps);
    }

    private static ThemeVerdict Build(
        string themeCode,
        string areaCode,
        VerdictCriterion criterion,
        IEnumerable<Row> rows,
        IReadOnlyList<TrendAssessment> trends,
        IReadOnlyList<GapAssessment> gaps)
    {
        var all = rows.ToList();
        var judged = all.Where(r => r.Direction != Direction.Neutral).ToList();
        var withData = judged.Where(r => r.Outcome == AssessmentOutcome.Assessed).ToList();
        var lacking = judged.Where(r => r.Outcome != AssessmentOutcome.Assessed).Select(r => r.Indicator).ToList();
        var failing = withData.Where(r => r.MeetsCriterion != true).Select(r => r.Indicator).ToList();

        var outcome = VerdictCodes.CombineJudged(
            withData.Select(r => r.MeetsCriterion == true ? VerdictOutcome.Met : VerdictOutcome.NotMet));

        return new ThemeVerdict(
            themeCode,
            areaCode,
            criterion,
            outcome,
            VerdictCodes.Label(criterion, outcome),
            Considered: judged.Count,
            Improved: withData.Count(r => r.Improving == true),
            Narrowed: withData.Count(r => r.Narrowed == true),
            Insufficient: lacking.Count,
            IsPartial: outcome != VerdictOutcome.InsufficientData && lacking.Count > 0,
            failing,
            lacking,
            all.Where(r => r.Direction == Direction.Neutral).Select(r => r.Indicator).ToList(),
            trends,
            gaps);
    }

    private sealed record Row(
        string Indicator, Direction Direction, AssessmentOutcome Outcome, bool? Improving, bool? Narrowed, bool? MeetsCriterion);
}
