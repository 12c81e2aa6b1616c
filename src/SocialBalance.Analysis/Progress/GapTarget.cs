using SocialBalance.Analysis.Gaps;

namespace SocialBalance.Analysis.Progress;

/// <summary>
/// A gap target turned into a target value for the area, with the figures it came from.
/// <see cref="RemainingShare"/> is the part of the baseline shortfall still allowed at the target year
/// (0.5 = halve the gap, 0 = close it).
/// </summary>
public sealed record GapTargetValue(
    Direction Direction,
    int BaselineYear,
    double BaselineShortfall,
    double RemainingShare,
    double TargetShortfall,
    int ReferenceYear,
    double ReferenceValue,
    double TargetValue,
    int TargetYear)
{
    public ProgressTarget ToProgressTarget() => new(TargetValue, TargetYear);
}

/// <summary>Converts "shrink the shortfall to the reference area" into a target value for the progress measure.</summary>
/// <remarks>
/// The target is anchored on the reference area's value in the latest year with data, held constant to the
/// target year: the library does not forecast the reference, and a caseworker can check the figure with a
/// calculator. If the reference moves later, recomputing with the newer figure moves the target with it. The target
/// shortfall is rounded at the indicator's unit decimals (<see cref="DerivedPrecision.UnitDecimals"/>) and the target
/// value is exact from it, so "target achieved" compares the current value with the target value shown.
/// </remarks>
public static class GapTarget
{
    /// <summary>Higher is better: reference − shortfall; lower is better: reference + shortfall.</summary>
    public static double ToTargetValue(Direction direction, double referenceValue, double targetShortfall) => direction switch
    {
        Direction.HigherIsBetter => DerivedPrecision.Difference(referenceValue, targetShortfall),
        Direction.LowerIsBetter => DerivedPrecision.Sum(referenceValue, targetShortfall),
        _ => throw new ArgumentException("A neutral indicator has no shortfall, so no gap target.", nameof(direction)),
    };

    /// <summary>
    /// Whether the area is already ahead of the reference in the baseline year (a negative shortfall): shrinking
    /// that "gap" would set a target behind the area's own value, so no gap target is made from it.
    /// </summary>
    public static bool StartsAhead(ShortfallMeasurement baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline.Shortfall is { } shortfall && NumericComparison.IsLess(shortfall, 0);
    }

    /// <summary>
    /// The gap target from an assessed gap: its baseline shortfall, and the reference value of its latest year.
    /// Null when the gap has no shortfall to shrink (insufficient data, a neutral indicator, or an area ahead at
    /// the baseline: see <see cref="StartsAhead"/>).
    /// </summary>
    /// <param name="indicatorDecimals">The indicator's decimals, for the precision of the target shortfall.</param>
    public static GapTargetValue? FromGap(GapAssessment gap, double remainingShare, int targetYear, int? indicatorDecimals = null)
    {
        ArgumentNullException.ThrowIfNull(gap);
        if (gap is not { Baseline: { Shortfall: { } shortfall } baseline, Latest: { } latest } || StartsAhead(baseline)) return null;
        return FromShortfallShare(
            gap.Direction, gap.BaselineYear, shortfall, remainingShare, latest.Year, latest.ReferenceValue, targetYear, indicatorDecimals);
    }

    /// <param name="baselineShortfall">The area's shortfall in the baseline year (positive = behind).</param>
    /// <param name="remainingShare">Share of the baseline shortfall left at the target year, e.g. 0.5 to halve it.</param>
    /// <param name="referenceValue">The reference area's value in <paramref name="referenceYear"/> (its latest year with data).</param>
    /// <param name="indicatorDecimals">The indicator's decimals, for the precision of the target shortfall.</param>
    public static GapTargetValue FromShortfallShare(
        Direction direction,
        int baselineYear,
        double baselineShortfall,
        double remainingShare,
        int referenceYear,
        double referenceValue,
        int targetYear,
        int? indicatorDecimals = null)
    {
        var targetShortfall = DerivedPrecision.Product(baselineShortfall, remainingShare, DerivedPrecision.UnitDecimals(indicatorDecimals));
        return new GapTargetValue(
            direction,
            baselineYear,
            baselineShortfall,
            remainingShare,
            targetShortfall,
            referenceYear,
            referenceValue,
            ToTargetValue(direction, referenceValue, targetShortfall),
            targetYear);
    }
}
