using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Gaps;

/// <summary>
/// Compares an indicator between a baseline year and the latest year, for gaps and for trends. Changes are exact
/// differences of the figures (<see cref="DerivedPrecision"/>).
/// </summary>
public static class GapCalculator
{
    /// <summary>
    /// The gap of <paramref name="areaCode"/> to <paramref name="referenceAreaCode"/>. When
    /// <paramref name="latestYear"/> is null, the latest year after the baseline in which both areas have a
    /// figure is used. Missing figures give <see cref="AssessmentOutcome.InsufficientData"/>, never an exception.
    /// </summary>
    public static GapAssessment CompareGap(
        ObservationTable observations,
        string indicatorCode,
        Direction direction,
        string areaCode,
        string referenceAreaCode,
        int baselineYear,
        int? latestYear = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        RequireLatestAfterBaseline(baselineYear, latestYear);
        var missing = new List<MissingFigure>();
        var year = latestYear ?? LatestCommonYear(observations, indicatorCode, [areaCode, referenceAreaCode], baselineYear);

        var areaAtBaseline = Lookup(observations, indicatorCode, areaCode, baselineYear, missing);
        var referenceAtBaseline = Lookup(observations, indicatorCode, referenceAreaCode, baselineYear, missing);
        double? areaAtLatest = null, referenceAtLatest = null;
        if (year is { } y)
        {
            areaAtLatest = Lookup(observations, indicatorCode, areaCode, y, missing);
            referenceAtLatest = Lookup(observations, indicatorCode, referenceAreaCode, y, missing);
        }
        else
        {
            missing.AddRange(NoCommonYear(observations, indicatorCode, areaCode, referenceAreaCode, baselineYear));
        }

        if (missing.Count > 0)
        {
            return new GapAssessment(indicatorCode, areaCode, referenceAreaCode, direction, baselineYear, year,
                AssessmentOutcome.InsufficientData, null, null, null, null, null, null, missing);
        }

        var baseline = ShortfallCalculator.Measure(direction, baselineYear, areaAtBaseline!.Value, referenceAtBaseline!.Value);
        var latest = ShortfallCalculator.Measure(direction, year!.Value, areaAtLatest!.Value, referenceAtLatest!.Value);
        var areaChange = DerivedPrecision.Difference(latest.AreaValue, baseline.AreaValue);
        var judged = direction != Direction.Neutral;
        return new GapAssessment(indicatorCode, areaCode, referenceAreaCode, direction, baselineYear, year,
            judged ? AssessmentOutcome.Assessed : AssessmentOutcome.NotJudged,
            baseline,
            latest,
            areaChange,
            judged ? DerivedPrecision.Difference(latest.Shortfall!.Value, baseline.Shortfall!.Value) : null,
            judged ? NumericComparison.IsLess(latest.Shortfall!.Value, baseline.Shortfall!.Value) : null,
            judged ? IsImprovement(direction, baseline.AreaValue, latest.AreaValue) : null,
            []);
    }

    /// <summary>
    /// The movement of one area's own value. When <paramref name="latestYear"/> is null, the latest year
    /// after the baseline with a figure is used.
    /// </summary>
    public static TrendAssessment CompareTrend(
        ObservationTable observations,
        string indicatorCode,
        Direction direction,
        string areaCode,
        int baselineYear,
        int? latestYear = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        RequireLatestAfterBaseline(baselineYear, latestYear);
        var missing = new List<MissingFigure>();
        var year = latestYear ?? LatestCommonYear(observations, indicatorCode, [areaCode], baselineYear);
        var atBaseline = Lookup(observations, indicatorCode, areaCode, baselineYear, missing);
        double? atLatest = null;
        if (year is { } y)
        {
            atLatest = Lookup(observations, indicatorCode, areaCode, y, missing);
        }
        else
        {
            missing.Add(MissingFigure.AfterYear(indicatorCode, areaCode, baselineYear));
        }

        if (missing.Count > 0)
        {
            return new TrendAssessment(indicatorCode, areaCode, direction, baselineYear, year,
                AssessmentOutcome.InsufficientData, atBaseline, atLatest, null, null, missing);
        }

        var judged = direction != Direction.Neutral;
        return new TrendAssessment(indicatorCode, areaCode, direction, baselineYear, year,
            judged ? AssessmentOutcome.Assessed : AssessmentOutcome.NotJudged,
            atBaseline, atLatest, DerivedPrecision.Difference(atLatest!.Value, atBaseline!.Value),
            judged ? IsImprovement(direction, atBaseline!.Value, atLatest!.Value) : null,
            []);
    }

    // An unchanged value is not an improvement: the ambition asks for movement, not for standing still.
    private static bool IsImprovement(Direction direction, double baseline, double latest) =>
        direction == Direction.HigherIsBetter
            ? NumericComparison.IsGreater(latest, baseline)
            : NumericComparison.IsLess(latest, baseline);

    private static double? Lookup(ObservationTable table, string indicator, string area, int year, List<MissingFigure> missing)
    {
        var value = table.Find(indicator, area, year);
        if (value is null)
        {
            missing.Add(MissingFigure.For(indicator, area, year));
        }

        return value;
    }

    private static int? LatestCommonYear(ObservationTable table, string indicator, string[] areas, int baselineYear)
    {
        var years = areas
            .Select(area => table.Series(indicator, area).Select(point => point.Year).Where(y => y > baselineYear))
            .Aggregate((left, right) => left.Intersect(right))
            .ToList();
        return years.Count == 0 ? null : years.Max();
    }

    /// <summary>
    /// Why no year after the baseline compares the two areas, naming the one whose figures are missing (the reference
    /// area when it is that one), or both when each has figures but never in the same year.
    /// </summary>
    private static List<MissingFigure> NoCommonYear(
        ObservationTable table, string indicator, string area, string reference, int baselineYear)
    {
        var without = new[] { area, reference }
            .Where(code => !table.Series(indicator, code).Any(point => point.Year > baselineYear))
            .Select(code => MissingFigure.AfterYear(indicator, code, baselineYear))
            .ToList();
        return without.Count > 0 ? without : [MissingFigure.NoCommonYear(indicator, area, reference, baselineYear)];
    }

    private static void RequireLatestAfterBaseline(int baselineYear, int? latestYear)
    {
        if (latestYear is { } year && year <= baselineYear)
        {
            throw new ArgumentOutOfRangeException(nameof(latestYear), year, "The latest year must come after the baseline year.");
        }
    }
}
