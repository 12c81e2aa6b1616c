namespace SocialBalance.Analysis.Gaps;

/// <summary>The shortfall of an area against a reference (domain.md "Shortfall").</summary>
/// <remarks>Differences are exact; relative figures are rounded at <see cref="DerivedPrecision.RatioDecimals"/>.</remarks>
public static class ShortfallCalculator
{
    /// <summary>
    /// reference − area when higher is better, area − reference when lower is better (positive = behind).
    /// </summary>
    public static ShortfallMeasurement Measure(Direction direction, int year, double areaValue, double referenceValue)
    {
        var difference = DerivedPrecision.Difference(areaValue, referenceValue);
        double? shortfall = direction switch
        {
            Direction.HigherIsBetter => DerivedPrecision.Difference(referenceValue, areaValue),
            Direction.LowerIsBetter => difference,
            _ => null,
        };

        return new ShortfallMeasurement(
            year,
            areaValue,
            referenceValue,
            difference,
            Relative(difference, referenceValue),
            shortfall,
            shortfall is { } value ? Relative(value, referenceValue) : null);
    }

    private static double? Relative(double amount, double reference) =>
        reference == 0 ? null : DerivedPrecision.Quotient(amount, Math.Abs(reference), DerivedPrecision.RatioDecimals);
}
