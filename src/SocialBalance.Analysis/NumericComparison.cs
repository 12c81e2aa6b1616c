namespace SocialBalance.Analysis;

/// <summary>
/// Compares figures after rounding both sides to <see cref="Decimals"/> decimal places.
/// </summary>
/// <remarks>
/// Figures are doubles throughout the library (the progress method needs powers and roots).
/// Binary doubles cannot hold most decimal fractions, so a product such as 0.1 × 3 comes out as
/// 0.30000000000000004 and would wrongly pass "&gt; 0.3". Every verdict that hinges on an exact
/// boundary (list thresholds, "narrowed", "improving", "target achieved") therefore compares the
/// values rounded to 9 decimals: far below any published precision (percent with 1–2 decimals,
/// incomes in whole kroner) and far above the double rounding noise at these magnitudes. Derived numbers have
/// at most 9 decimals (<see cref="DerivedPrecision"/>), so comparing two of them here is comparing them exactly.
/// </remarks>
public static class NumericComparison
{
    public const int Decimals = 9;

    public static double Normalize(double value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>−1, 0 or +1 like <see cref="double.CompareTo(double)"/>, on the rounded values.</summary>
    public static int Compare(double left, double right) => Normalize(left).CompareTo(Normalize(right));

    public static bool AreEqual(double left, double right) => Compare(left, right) == 0;

    public static bool IsGreater(double left, double right) => Compare(left, right) > 0;

    public static bool IsGreaterOrEqual(double left, double right) => Compare(left, right) >= 0;

    public static bool IsLess(double left, double right) => Compare(left, right) < 0;

    public static bool IsLessOrEqual(double left, double right) => Compare(left, right) <= 0;
}
