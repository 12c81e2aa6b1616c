namespace SocialBalance.Analysis.Observations;

/// <summary>One figure: the value of an indicator for an area in a year (one row of the observations table).</summary>
public sealed record Observation(string IndicatorCode, string AreaCode, int Year, double Value);

/// <summary>A year and the value observed in it.</summary>
public sealed record YearValue(int Year, double Value);

/// <summary>
/// A figure that a calculation needed but did not get. <see cref="Year"/> is null when no year at all
/// qualified (e.g. "no figure after the baseline year").
/// </summary>
public sealed record MissingFigure(string IndicatorCode, string AreaCode, int? Year, string Description)
{
    public static MissingFigure For(string indicatorCode, string areaCode, int year) =>
        new(indicatorCode, areaCode, year, $"no value for '{indicatorCode}' in '{areaCode}' for {year}");

    public static MissingFigure AfterYear(string indicatorCode, string areaCode, int year) =>
        new(indicatorCode, areaCode, null, $"no value for '{indicatorCode}' in '{areaCode}' for any year after {year}");

    /// <summary>Both areas have figures after <paramref name="year"/>, but never for the same year.</summary>
    public static MissingFigure NoCommonYear(string indicatorCode, string areaCode, string referenceAreaCode, int year) =>
        new(indicatorCode, areaCode, null,
            $"no year after {year} with a value for '{indicatorCode}' in both '{areaCode}' and '{referenceAreaCode}'");
}
