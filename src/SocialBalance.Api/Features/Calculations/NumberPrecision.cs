using SocialBalance.Analysis;

namespace SocialBalance.Api.Features.Calculations;

/// <summary>
/// The precision of derived numbers (<see cref="DerivedPrecision"/>) in words, written once for the description of
/// every endpoint that derives numbers.
/// </summary>
public static class NumberPrecision
{
    public const string Rules = "\n\n" + """
        Precision: derived numbers are computed in decimal arithmetic, so none carries binary noise and each equals
        what its `formula` shows. Differences, shortfalls and changes are exact, so they have at most the
        indicator's `decimals`. Averages, thresholds, margins against thresholds and target shortfalls in the
        indicator's unit are rounded at the indicator's `decimals` + 3 (a target value from a target shortfall is
        exact). Relative differences, shortfalls and margins, CAGR, progress ratios and growth, limit coefficients,
        progress thresholds, scores and mean scores are rounded at 6 decimals. Midpoints round away from zero. Each
        number is computed from the rounded numbers shown before it, and every verdict compares the numbers shown:
        a value equal to the threshold shown is not > it, and is ≥ it.
        """;
}
