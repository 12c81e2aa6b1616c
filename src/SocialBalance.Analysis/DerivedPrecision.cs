namespace SocialBalance.Analysis;

/// <summary>
/// The precision of every derived number, and the decimal arithmetic that keeps binary noise out of it.
/// </summary>
/// <remarks>
/// A double cannot hold most decimal fractions, so 88 − 80.6 computed in doubles is 7.400000000000006 and
/// 0.55 × 402,000 is 221,100.00000000003. Derived numbers are therefore computed in decimal arithmetic from the
/// decimal values of their inputs, and handed back as the double nearest to the decimal result, whose shortest
/// text is exactly that result. The rules:
/// <list type="bullet">
/// <item>Sums and differences of figures (differences, shortfalls, changes, a target value from a reference
/// value and a target shortfall): exact, so they have at most the indicator's decimals (or the target
/// shortfall's).</item>
/// <item>Averages, thresholds, margins against thresholds and target shortfalls, in the indicator's unit:
/// exact, rounded at the indicator's decimals + <see cref="ExtraUnitDecimals"/> (<see cref="UnitDecimals"/>).
/// Three more keep a two-year average (one more decimal) times a rule parameter with two decimals (0.55) exact.</item>
/// <item>Dimensionless numbers (relative differences, shortfalls and margins, CAGR, the progress ratio and
/// growth, the limit coefficient, progress thresholds, scores and mean scores): rounded at
/// <see cref="RatioDecimals"/> decimals.</item>
/// </list>
/// Midpoints round away from zero. Every number is computed from the rounded numbers shown beside it (a threshold
/// from the rounded average, a score from the rounded ratio), so a formula's result is what its shown inputs
/// give, and a verdict compares the very numbers shown. No derived number has more than <see cref="MaxDecimals"/>
/// decimals, the precision <see cref="NumericComparison"/> compares at, so comparing them there is exact.
/// </remarks>
public static class DerivedPrecision
{
    /// <summary>Decimals beyond the indicator's for averages, thresholds, margins and target shortfalls.</summary>
    public const int ExtraUnitDecimals = 3;

    /// <summary>Decimals of dimensionless ratios, CAGR, coefficients, progress thresholds and scores.</summary>
    public const int RatioDecimals = 6;

    /// <summary>The most decimals a derived number has.</summary>
    public const int MaxDecimals = NumericComparison.Decimals;

    // Beyond this a double has no fraction worth keeping, and products of two such numbers stay inside decimal's range.
    private const double DecimalRange = 1e14;

    /// <summary>
    /// The decimals of an average, threshold, margin or target shortfall of an indicator with
    /// <paramref name="indicatorDecimals"/> decimals; <see cref="MaxDecimals"/> when the decimals are not known.
    /// </summary>
    public static int UnitDecimals(int? indicatorDecimals) =>
        indicatorDecimals is { } d ? Math.Clamp(d + ExtraUnitDecimals, ExtraUnitDecimals, MaxDecimals) : MaxDecimals;

    /// <summary><paramref name="left"/> + <paramref name="right"/>, exact.</summary>
    public static double Sum(double left, double right) =>
        Fits(left) && Fits(right) ? (double)((decimal)left + (decimal)right) : left + right;

    /// <summary><paramref name="left"/> − <paramref name="right"/>, exact.</summary>
    public static double Difference(double left, double right) =>
        Fits(left) && Fits(right) ? (double)((decimal)left - (decimal)right) : left - right;

    /// <summary><paramref name="left"/> × <paramref name="right"/>, rounded at <paramref name="decimals"/>.</summary>
    public static double Product(double left, double right, int decimals) =>
        Fits(left) && Fits(right) ? Round((decimal)left * (decimal)right, decimals) : Math.Round(left * right, decimals, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="dividend"/> / <paramref name="divisor"/>, rounded at <paramref name="decimals"/>.</summary>
    public static double Quotient(double dividend, double divisor, int decimals) =>
        Fits(dividend) && Fits(divisor) && Math.Abs(divisor) >= 1 / DecimalRange
            ? Round((decimal)dividend / (decimal)divisor, decimals)
            : Math.Round(dividend / divisor, decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <paramref name="factor"/> × <paramref name="x"/> / <paramref name="divisor"/> + <paramref name="offset"/>, rounded
    /// once at <paramref name="decimals"/>: a score as a calculator gives it from the numbers shown.
    /// </summary>
    public static double Linear(double factor, double x, double offset, int decimals, double divisor = 1)
    {
        try
        {
            return Round((decimal)factor * (decimal)x / (decimal)divisor + (decimal)offset, decimals);
        }
        catch (OverflowException)
        {
            // Not a number, or beyond decimal's range: no decimal value to keep.
            return Math.Round(factor * x / divisor + offset, decimals, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>A dimensionless result rounded at <see cref="RatioDecimals"/>: relative figures, CAGR, coefficients, scores.</summary>
    public static double Ratio(double value) => Round(value, RatioDecimals);

    /// <summary><paramref name="value"/> rounded at <paramref name="decimals"/>, through its decimal value.</summary>
    public static double Round(double value, int decimals) =>
        Fits(value) ? Round((decimal)value, decimals) : value;

    /// <summary>The mean of <paramref name="values"/>, summed in order and divided once, rounded at <paramref name="decimals"/>.</summary>
    public static double Mean(IReadOnlyList<double> values, int decimals)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("The mean of no values is undefined.", nameof(values));
        var sum = values[0];
        for (var i = 1; i < values.Count; i++)
        {
            sum = Sum(sum, values[i]);
        }

        return Quotient(sum, values.Count, decimals);
    }

    // (decimal)double keeps 15 significant digits, which a figure never exceeds: its decimal value comes back exactly.
    private static bool Fits(double value) => Math.Abs(value) < DecimalRange;

    private static double Round(decimal value, int decimals) =>
        (double)Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
