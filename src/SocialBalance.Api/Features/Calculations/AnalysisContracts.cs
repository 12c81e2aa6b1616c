using System.Globalization;
using SocialBalance.Analysis;
using SocialBalance.Analysis.Observations;

namespace SocialBalance.Api.Features.Calculations;

/// <summary>A figure a calculation needed but did not find: the reason for an "insufficient data" answer.</summary>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Area">Area code.</param>
/// <param name="Year">The year missing; null when no year at all qualified (e.g. no figure after the baseline).</param>
/// <param name="Description">The missing figure in words.</param>
public sealed record MissingFigureResponse(string Indicator, string Area, int? Year, string Description)
{
    // Most results miss nothing: the national list asks this five times per area.
    public static IReadOnlyList<MissingFigureResponse> From(IEnumerable<MissingFigure> missing) =>
        missing is IReadOnlyCollection<MissingFigure> { Count: 0 }
            ? []
            : missing.Select(m => new MissingFigureResponse(m.IndicatorCode, m.AreaCode, m.Year, m.Description)).ToList();
}

/// <summary>
/// Numbers in formula texts: invariant culture, every decimal a derived number has (at most
/// <see cref="DerivedPrecision.MaxDecimals"/>), so the sum can be redone with a calculator.
/// </summary>
public static class FormulaText
{
    public static string Num(double value) => value.ToString("0.#########", CultureInfo.InvariantCulture);

    public static string Num(double? value) => value is { } v ? Num(v) : "–";

    /// <summary>Values that appear inside a formula are bracketed when negative: 5 − (−2).</summary>
    public static string Term(double value) => value < 0 ? $"({Num(value)})" : Num(value);

    public static string Describe(IEnumerable<MissingFigure> missing) => string.Join("; ", missing.Select(m => m.Description));
}

/// <summary>The wire code of an enum value, as JSON writes it (kebab-case), for CSV fields and texts.</summary>
public static class WireCode
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
