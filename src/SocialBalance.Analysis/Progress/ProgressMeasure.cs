using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Progress;

/// <summary>
/// The Open SDG progress measure for one series (reference: sdg/ProgressMeasure.py in open-sdg/sdg-build).
/// </summary>
/// <remarks>
/// Order of checks, as domain.md and the reference implementation have it: with a target, "target achieved" is
/// judged first, from the current value alone, so one figure at or beyond the target, or a current value of the
/// other sign than the base, is achieved; only then must the series be usable (2+ years, a base year before the
/// current year, base and current of the same sign). Where the reference gives no sensible answer, a target year
/// not after the base year, the series is "not available" with that reason whatever its values. "Target
/// achieved" compares with the stated target, not with the 0.001 stand-in for a zero target, and uses
/// <see cref="NumericComparison"/> so that an exact hit counts. The CAGRs, the ratio or growth, the coefficient,
/// the thresholds and the score are rounded at <see cref="DerivedPrecision.RatioDecimals"/>, each computed from the
/// rounded numbers before it, and the status is judged on them: what the assessment shows is what it judged.
/// </remarks>
public static class ProgressMeasure
{
    /// <summary>Stand-in for a zero base or target value, which would make the growth rate undefined.</summary>
    public const double ZeroReplacement = 0.001;

    /// <param name="series">The figures by year (order does not matter; one value per year).</param>
    /// <param name="baseYear">The configured base year; when it has no figure the next year with one is used.</param>
    /// <param name="target">Method 2 when given, method 1 when null.</param>
    /// <param name="limit">A natural limit for method 1 (ignored with a target, as in the reference).</param>
    public static ProgressAssessment Assess(
        IEnumerable<YearValue> series, Direction direction, int baseYear, ProgressTarget? target = null, double? limit = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.OrderBy(p => p.Year).ToList();
        if (points.Select(p => p.Year).Distinct().Count() != points.Count)
            throw new ArgumentException("The series has two values for the same year.", nameof(series));

        var result = new ProgressAssessment
        {
            Method = target is null ? ProgressMethod.WithoutTarget : ProgressMethod.WithTarget,
            Direction = direction,
            ConfiguredBaseYear = baseYear,
            Target = target,
            Limit = target is null ? limit : null,
            Status = ProgressStatus.NotAvailable,
        };

        if (direction == Direction.Neutral) return result with { Reason = NotAvailableReason.NeutralDirection };
        if (points.Count == 0) return result with { Reason = NotAvailableReason.NoData };

        var current = points[^1];
        result = result with { CurrentYear = current.Year, CurrentValue = current.Value };
        if (target is not null)
        {
            if (target.Year <= baseYear) return result with { Reason = NotAvailableReason.TargetYearNotAfterBase };
            if (IsAchieved(direction, current.Value, target.Value))
                return result with { Status = ProgressStatus.TargetAchieved, Score = 5 };
        }

        if (points.Count < 2) return result with { Reason = NotAvailableReason.FewerThanTwoYears };

        var basePoint = points.FirstOrDefault(p => p.Year >= baseYear);
        if (basePoint is null) return result with { Reason = NotAvailableReason.NoFigureFromBaseYear };

        var baseUsed = basePoint.Value == 0 ? ZeroReplacement : basePoint.Value;
        result = result with
        {
            BaseYear = basePoint.Year,
            BaseValue = basePoint.Value,
            BaseValueUsed = baseUsed,
            // The sign comes from the observed base value, so a base of 0 counts as positive.
            Sign = basePoint.Value < 0 ? -1 : 1,
        };
        if (basePoint.Year >= current.Year) return result with { Reason = NotAvailableReason.BaseNotBeforeCurrent };
        if (OppositeSigns(baseUsed, current.Value)) return result with { Reason = NotAvailableReason.OppositeSigns };

        var observed = DerivedPrecision.Ratio(Cagr(baseUsed, current.Value, current.Year - basePoint.Year));
        result = result with { ObservedCagr = observed };
        return target is null
            ? WithoutTarget(result, observed, limit)
            : WithTarget(result, observed, target);
    }

    /// <summary>CAGR(a→b) = (x_b / x_a)^(1/(t_b − t_a)) − 1, unrounded (the assessment rounds it).</summary>
    public static double Cagr(double fromValue, double toValue, int years) =>
        Math.Pow(toValue / fromValue, 1.0 / years) - 1;

    private static ProgressAssessment WithTarget(ProgressAssessment result, double observed, ProgressTarget target)
    {
        var targetUsed = target.Value == 0 ? ZeroReplacement : target.Value;
        result = result with { TargetValueUsed = targetUsed };
        var baseUsed = result.BaseValueUsed!.Value;
        if (target.Year <= result.BaseYear) return result with { Reason = NotAvailableReason.TargetYearNotAfterBase };
        if (OppositeSigns(baseUsed, targetUsed)) return result with { Reason = NotAvailableReason.TargetOppositeSign };

        var required = DerivedPrecision.Ratio(Cagr(baseUsed, targetUsed, target.Year - result.BaseYear!.Value));
        result = result with { RequiredCagr = required };
        // Judged on the rounded rate: a target so close to the base that no growth shows is "equals base".
        if (required == 0) return result with { Reason = NotAvailableReason.TargetEqualsBase };

        var ratio = DerivedPrecision.Quotient(
            result.Sign!.Value * result.Direction.Sign() * observed, Math.Abs(required), DerivedPrecision.RatioDecimals);
        return result with
        {
            ProgressValue = ratio,
            Thresholds = ProgressScore.WithTargetThresholds,
            Status = ProgressScore.Status(ratio, ProgressScore.WithTargetThresholds),
            Score = ProgressScore.WithTarget(ratio),
        };
    }

    private static ProgressAssessment WithoutTarget(ProgressAssessment result, double observed, double? limit)
    {
        // The coefficient is computed from the observed base value (before any 0 → 0.001), as in the reference.
        var coefficient = limit is { } l ? DerivedPrecision.Ratio(LimitCoefficient.Compute(result.BaseValue!.Value, l)) : 1;
        var thresholds = ProgressScore.Scaled(coefficient);
        var growth = result.Sign!.Value * result.Direction.Sign() * observed;
        return result with
        {
            ProgressValue = growth,
            Coefficient = coefficient,
            Thresholds = thresholds,
            Status = ProgressScore.Status(growth, thresholds),
            Score = ProgressScore.WithoutTarget(growth, coefficient),
        };
    }

    private static bool IsAchieved(Direction direction, double current, double target) =>
        direction == Direction.HigherIsBetter
            ? NumericComparison.IsGreaterOrEqual(current, target)
            : NumericComparison.IsLessOrEqual(current, target);

    private static bool OppositeSigns(double a, double b) => (a > 0 && b < 0) || (a < 0 && b > 0);
}
