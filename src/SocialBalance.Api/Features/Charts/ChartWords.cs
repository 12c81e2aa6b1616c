using System.Globalization;
using SocialBalance.Analysis;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Charts;

/// <summary>
/// Every word a chart says, in Danish and English, and the numbers in the language's own form (Danish: 12,5;
/// English: 12.5). Names of indicators, areas and themes come from the catalogue's name_da and name_en.
/// </summary>
public sealed class ChartWords
{
    public static readonly ChartWords Danish = new(ChartLanguages.Danish, CultureInfo.GetCultureInfo("da-DK"));
    public static readonly ChartWords English = new(ChartLanguages.English, CultureInfo.GetCultureInfo("en-GB"));

    private ChartWords(string code, CultureInfo culture)
    {
        Code = code;
        Culture = culture;
    }

    /// <summary>The language code, as <c>xml:lang</c> takes it.</summary>
    public string Code { get; }

    public CultureInfo Culture { get; }

    private bool IsEnglish => Code == ChartLanguages.English;

    public static ChartWords For(IChartOptions options) => options.English ? English : Danish;

    public string Name(LocalizedText text) => IsEnglish ? text.En : text.Da;

    public string Say(string danish, string english) => IsEnglish ? english : danish;

    /// <summary>A figure at its indicator's decimals, e.g. <c>12,5</c> or <c>1.234.500</c> in Danish.</summary>
    public string Number(double value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 6).ToString(CultureInfo.InvariantCulture), Culture);

    public string Year => Say("År", "Year");

    public string Baseline(int year) => Say($"Basisår {year}", $"Baseline {year}");

    public string ReferenceLabel(string areaName) => $"{areaName} ({Say("reference", "reference")})";

    public string NoFigures => Say("Ingen tal", "No figures");

    public string GoodDirection(Direction direction) => direction switch
    {
        Analysis.Direction.HigherIsBetter => Say("Højere er bedre", "Higher is better"),
        Analysis.Direction.LowerIsBetter => Say("Lavere er bedre", "Lower is better"),
        _ => Say("Neutral: hverken højere eller lavere er bedre, så tallet bedømmes ikke",
            "Neutral: neither higher nor lower is better, so the figure is not judged"),
    };

    /// <summary>The value axis: what the unit measures, with the unit.</summary>
    public string ValueAxis(string unit) => unit switch
    {
        "%" => Say("Procent (%)", "Per cent (%)"),
        "DKK/year" => Say("Kr. pr. år", "DKK per year"),
        "count" => Say("Antal", "Number"),
        _ => unit,
    };

    /// <summary>The unit written after a figure: "%", "kr. pr. år"; none after a count.</summary>
    public string UnitAfterFigure(string unit) => unit switch
    {
        "%" => "%",
        "DKK/year" => Say("kr. pr. år", "DKK per year"),
        "count" => "",
        _ => unit,
    };

    /// <summary>The unit of a difference of two figures: percentage points for per cents.</summary>
    public string DifferenceUnit(string unit) => unit switch
    {
        "%" => Say("procentpoint", "percentage points"),
        "DKK/year" => Say("kr. pr. år", "DKK per year"),
        "count" => Say("antal", "number"),
        _ => unit,
    };

    public string GapAxis(Direction direction, string unit) => direction == Analysis.Direction.Neutral
        ? Say($"Forskel ({DifferenceUnit(unit)})", $"Difference ({DifferenceUnit(unit)})")
        : Say($"Afstand ({DifferenceUnit(unit)})", $"Gap ({DifferenceUnit(unit)})");

    public string GapTitle(string indicatorName, string referenceName) =>
        Say($"Afstand til {referenceName}: {indicatorName}", $"Gap to {referenceName}: {indicatorName}");

    /// <summary>How the gap is counted and which way is good (domain.md "Shortfall").</summary>
    public string GapRule(Direction direction) => direction switch
    {
        Analysis.Direction.HigherIsBetter => Say(
            "Afstand = reference − område (højere er bedre); positiv = bagud, mod 0 er bedre",
            "Gap = reference − area (higher is better); positive = behind, towards 0 is better"),
        Analysis.Direction.LowerIsBetter => Say(
            "Afstand = område − reference (lavere er bedre); positiv = bagud, mod 0 er bedre",
            "Gap = area − reference (lower is better); positive = behind, towards 0 is better"),
        _ => Say(
            "Forskel = område − reference; neutral indikator, bedømmes ikke",
            "Difference = area − reference; neutral indicator, not judged"),
    };

    public string ZeroLine(string referenceName) => Say($"0 = som {referenceName}", $"0 = level with {referenceName}");

    public string AmbitionYears(int baseline, int? year) => year is { } y
        ? Say($"Ambitionen for 2030, {baseline} → {y}", $"The 2030 ambition, {baseline} → {y}")
        : Say($"Ambitionen for 2030, {baseline} → seneste år med tal", $"The 2030 ambition, {baseline} → latest year with figures");

    /// <summary>A verdict's words (the labels of /api/v1/ambition), with a sign, so colour is never the only carrier.</summary>
    public string Verdict(string label) => label switch
    {
        "improving" => Say("✓ Forbedring", "✓ Improving"),
        "not-improving" => Say("✗ Ingen forbedring", "✗ Not improving"),
        "gap-narrowing" => Say("✓ Afstanden mindskes", "✓ Gap narrowing"),
        "gap-not-narrowing" => Say("✗ Afstanden mindskes ikke", "✗ Gap not narrowing"),
        _ => Say("? Utilstrækkelige data", "? Insufficient data"),
    };
}
