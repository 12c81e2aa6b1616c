namespace SocialBalance.Analysis.Progress;

/// <summary>
/// The coefficient c that shrinks method-1 thresholds when the base value is near a natural limit L
/// (e.g. 0% or 100%): a series close to its limit cannot keep growing fast.
/// </summary>
public static class LimitCoefficient
{
    public const double Exponent = 4.44;

    /// <summary>b = |base|, L = |limit|: c = 1 if b ≥ 2L; 1 − (b/L)^4.44 if b ≤ L; else 1 − ((2L − b)/L)^4.44.</summary>
    public static double Compute(double baseValue, double limit)
    {
        var b = Math.Abs(baseValue);
        var l = Math.Abs(limit);
        // b ≥ 2L is tested first, as in the reference, so that b = L = 0 gives c = 1 instead of 0/0.
        if (b >= 2 * l) return 1;
        if (b <= l) return 1 - Math.Pow(b / l, Exponent);
        return 1 - Math.Pow((2 * l - b) / l, Exponent);
    }
}
