namespace SocialBalance.Api.Infrastructure.Database.DemoData;

/// <summary>
/// One illustrative series, in closed form: its level in the 2020 baseline year, a straight trend before and
/// after it, and a small wiggle so the lines do not look ruled. The level is a parameter of the line, so it
/// is given even where 2020 is not one of the <see cref="Years"/> (an election or survey year).
/// </summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Area">The area code.</param>
/// <param name="Baseline">The value on the trend line in 2020.</param>
/// <param name="PerYearBefore">Change per year up to 2020 (the line is walked back from 2020).</param>
/// <param name="PerYearAfter">Change per year from 2020.</param>
/// <param name="Years">The years that have a figure; every other year is missing on purpose.</param>
/// <param name="Wiggle">Amplitude of the deterministic wiggle (see <see cref="DemoSeries.WigglePattern"/>).</param>
/// <param name="Note">Stored with every figure of the series, for the reader of the data.</param>
public sealed record DemoSeries(
    string Indicator,
    string Area,
    double Baseline,
    double PerYearBefore,
    double PerYearAfter,
    IReadOnlyList<int> Years,
    double Wiggle = 0,
    string? Note = null)
{
    public const int BaselineYear = 2020;

    /// <summary>
    /// A five-year wiggle (sin(0.8π·t) to one decimal). It is zero in 2015, 2020 and 2025, so the baseline
    /// and the end points sit exactly on the trend and the designed verdicts do not hang on the wiggle.
    /// A table instead of Math.Sin keeps the figures identical on every platform.
    /// </summary>
    public static readonly IReadOnlyList<decimal> WigglePattern = [0m, 0.6m, -0.9m, 0.9m, -0.6m];

    /// <summary>The unrounded value on the series' line in <paramref name="year"/>.</summary>
    public decimal ValueIn(int year)
    {
        var offset = year - BaselineYear;
        var slope = (decimal)(offset < 0 ? PerYearBefore : PerYearAfter);
        var phase = ((offset % WigglePattern.Count) + WigglePattern.Count) % WigglePattern.Count;
        return (decimal)Baseline + (offset * slope) + ((decimal)Wiggle * WigglePattern[phase]);
    }
}

/// <summary>A real, published figure that replaces the illustrative one in its year.</summary>
public sealed record DemoFact(string Indicator, string Area, int Year, double Value, string Source, string? Note = null);

/// <summary>When each kind of source has figures, 2015–2025. The gaps are what the verdicts must cope with.</summary>
public static class DemoYears
{
    public const int First = 2015;
    public const int Last = 2025;

    /// <summary>Yearly register data (Danmarks Statistik, the municipality's own registers).</summary>
    public static readonly IReadOnlyList<int> Register = Range(First, Last, 1);

    /// <summary>The safety survey (tryghedsundersøgelsen) has run every year since 2016.</summary>
    public static readonly IReadOnlyList<int> SafetySurvey = Range(2016, Last, 1);

    /// <summary>The citizen survey (borgerundersøgelsen) runs every second year, in even years.</summary>
    public static readonly IReadOnlyList<int> CitizenSurvey = Range(2016, 2024, 2);

    /// <summary>
    /// The visitor question was added to the citizen survey in 2022, after the 2020 baseline was set:
    /// the one theme (city life) whose baseline is missing.
    /// </summary>
    public static readonly IReadOnlyList<int> VisitorQuestion = Range(2022, 2024, 2);

    /// <summary>The health profile comes every fourth year.</summary>
    public static readonly IReadOnlyList<int> HealthProfile = Range(2016, 2024, 4);

    /// <summary>Municipal elections (kommunalvalg) in November 2017, 2021 and 2025: no 2020 figure exists.</summary>
    public static readonly IReadOnlyList<int> MunicipalElections = Range(2017, Last, 4);

    private static int[] Range(int from, int to, int step) =>
        Enumerable.Range(0, ((to - from) / step) + 1).Select(i => from + (i * step)).ToArray();
}
