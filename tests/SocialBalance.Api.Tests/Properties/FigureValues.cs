namespace SocialBalance.Api.Tests.Properties;

/// <summary>
/// The indicators, areas and years the scenarios write, and the span each indicator's values are drawn from.
/// </summary>
/// <remarks>
/// The space is kept small so that steps collide: the same figure posted, updated and retracted in one scenario.
/// Spans straddle the list thresholds (C1 30/40%, C2 2–3 × the national share, C3 60%, C4 55/65% of the regional
/// income, non-Western 30/50%, 1,000 residents), so the list categories, not only "insufficient data", occur.
/// The span's low end can be 0 (convicted), so the 0 → 0.001 rule of the progress measure is exercised.
/// </remarks>
public static class FigureValues
{
    /// <summary>Judged indicators: one higher-is-better survey share, two lower-is-better list shares, the income.</summary>
    public static readonly string[] Judged = ["feel-safe", "outside-work-education", "convicted", "gross-income"];

    /// <summary>The figures only the list rules read (besides C1, C2 and C4 above).</summary>
    public static readonly string[] ListOnly = ["primary-school-only", "non-western", "residents"];

    public static readonly string[] Indicators = [.. Judged, .. ListOnly];

    /// <summary>The municipality (the reference of every gap), its housing areas, and the national and regional areas the list rules compare with.</summary>
    public static readonly string[] Areas = ["gladsaxe", "hoeje-gladsaxe", "moerkhoej", "vaerebro-park", "pileparkerne", "denmark", "region-hovedstaden"];

    public static readonly string[] HousingAreas = ["hoeje-gladsaxe", "moerkhoej", "vaerebro-park", "pileparkerne"];

    public const int FirstYear = 2018, LastYear = 2026;

    private static readonly Dictionary<string, (double Low, double High)> Spans = new(StringComparer.Ordinal)
    {
        ["feel-safe"] = (50, 95),
        ["outside-work-education"] = (8, 48),
        ["convicted"] = (0, 3),
        ["gross-income"] = (150_000, 420_000),
        ["primary-school-only"] = (40, 75),
        ["non-western"] = (15, 65),
        ["residents"] = (600, 5_000),
    };

    /// <summary>The value at <paramref name="level"/> of the indicator's span, inside its valid range and with its decimals.</summary>
    public static double ValueOf(string indicator, Level level, IndicatorFacts facts)
    {
        var (low, high) = Spans[indicator];
        var value = Math.Round(low + (high - low) * level.Percent / 100.0, facts.Decimals, MidpointRounding.AwayFromZero);
        if (facts.Min is { } min) value = Math.Max(value, min);
        if (facts.Max is { } max) value = Math.Min(value, max);
        return value;
    }
}
