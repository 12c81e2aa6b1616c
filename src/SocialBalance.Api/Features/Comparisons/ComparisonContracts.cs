using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SocialBalance.Analysis;
using SocialBalance.Analysis.Themes;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Comparisons;

/// <summary>Which gaps to compare: indicators, areas, the reference area, the baseline and the latest year.</summary>
public sealed record ComparisonQuery(
    [FromQuery(Name = "indicator"), Description("One or more indicator codes, comma-separated, e.g. `feel-safe,convicted` (see /api/v1/indicators). Default: every indicator.")] string? Indicator,
    [FromQuery(Name = "year"), Description(ParameterText.Compared)] int? Year,
    [FromQuery(Name = "reference")] string? Reference,
    [FromQuery(Name = "areas")] string? Areas,
    [FromQuery(Name = "baseline")] int? Baseline) : IComparisonScope;

/// <summary>Which theme verdicts to give: the baseline and latest year, optionally themes, areas and reference.</summary>
public sealed record ThemeComparisonQuery(
    [FromQuery(Name = "theme")] string? Theme,
    [FromQuery(Name = "year"), Description(ParameterText.Compared)] int? Year,
    [FromQuery(Name = "reference")] string? Reference,
    [FromQuery(Name = "areas")] string? Areas,
    [FromQuery(Name = "baseline")] int? Baseline) : IComparisonScope;

/// <summary>What the comparison endpoints share: reference, areas, baseline, year.</summary>
public interface IComparisonScope : IComparedYears
{
    string? Reference { get; }
    string? Areas { get; }

    // An empty or malformed 'reference' is refused by the validator, which still asks for this while checking 'areas'.
    string ReferenceOrDefault => CodeList.Parse(Reference) is [var first, ..] ? first : CatalogueSnapshot.DefaultReferenceArea;
}

/// <summary>The verdict on one gap: narrowing, not narrowing, not judged (neutral indicator), or insufficient data.</summary>
public enum GapVerdict
{
    GapNarrowing,
    GapNotNarrowing,
    NotJudged,
    InsufficientData,
}

/// <summary>An area against the reference area in one year, with both values used and the sum that gives the shortfall.</summary>
/// <param name="Year">The year of both values.</param>
/// <param name="AreaValue">The area's figure.</param>
/// <param name="ReferenceValue">The reference area's figure.</param>
/// <param name="Difference">area − reference, whatever the direction; exact.</param>
/// <param name="RelativeDifference">difference / |reference|, at 6 decimals; null when the reference is 0.</param>
/// <param name="Shortfall">Positive = behind: reference − area (higher is better) or area − reference (lower is better); exact; null for neutral indicators.</param>
/// <param name="RelativeShortfall">shortfall / |reference|, at 6 decimals; null when the reference is 0 or the indicator is neutral.</param>
/// <param name="Formula">The sum in words, to check with a calculator.</param>
public sealed record ShortfallResponse(
    int Year,
    double AreaValue,
    double ReferenceValue,
    double Difference,
    double? RelativeDifference,
    double? Shortfall,
    double? RelativeShortfall,
    string Formula);

/// <summary>
/// One indicator in one area against the reference area: the shortfall at the baseline and at the latest year,
/// and whether it narrowed. <c>areaChange</c> and <c>shortfallChange</c> are exact differences. <c>narrowed</c>
/// and <c>improving</c> are null unless <c>outcome</c> is <c>assessed</c>.
/// </summary>
public sealed record GapComparisonResponse(
    CodeAndName Indicator,
    string Unit,
    Direction Direction,
    CodeAndName Area,
    string ReferenceArea,
    AssessmentOutcome Outcome,
    GapVerdict Verdict,
    int BaselineYear,
    int? LatestYear,
    ShortfallResponse? Baseline,
    ShortfallResponse? Latest,
    double? AreaChange,
    double? ShortfallChange,
    bool? Narrowed,
    bool? Improving,
    IReadOnlyList<MissingFigureResponse> MissingFigures);

/// <summary>Gaps of each requested area to the reference area, per indicator.</summary>
public sealed record ComparisonResponse(
    int BaselineYear, int? Year, CodeAndName Reference, IReadOnlyList<GapComparisonResponse> Items);

/// <summary>
/// One area's own movement on one indicator, baseline against latest year (used for the reference area);
/// <c>change</c> is the exact difference.
/// </summary>
public sealed record TrendResponse(
    CodeAndName Indicator,
    Direction Direction,
    AssessmentOutcome Outcome,
    int BaselineYear,
    int? LatestYear,
    double? BaselineValue,
    double? LatestValue,
    double? Change,
    bool? Improving,
    IReadOnlyList<MissingFigureResponse> MissingFigures);

/// <summary>
/// A theme's verdict for one area, with every indicator it rests on. The reference area is judged on
/// <c>improving</c> (trends), the other areas on <c>gap-narrowing</c> (gaps).
/// </summary>
/// <param name="Theme">The theme.</param>
/// <param name="Area">The area judged.</param>
/// <param name="Criterion">improving (the reference area) or gap-narrowing (the other areas).</param>
/// <param name="Outcome">met, not-met or insufficient-data.</param>
/// <param name="Verdict">improving, not-improving, gap-narrowing, gap-not-narrowing or insufficient-data.</param>
/// <param name="Considered">Judged (non-neutral) indicators of the theme.</param>
/// <param name="Improved">Of them, with data, how many moved in the good direction.</param>
/// <param name="Narrowed">Of them, with data, how many gaps narrowed (0 for the reference area).</param>
/// <param name="Insufficient">Of them, how many lacked a figure.</param>
/// <param name="IsPartial">A verdict was reached although some judged indicators lacked data.</param>
/// <param name="IndicatorsFailing">Judged indicators with data that did not meet the criterion.</param>
/// <param name="IndicatorsLackingData">Judged indicators skipped for a missing figure.</param>
/// <param name="IndicatorsNotJudged">Neutral indicators of the theme (shown, never judged).</param>
/// <param name="Trends">The reference area's movement per indicator (criterion improving).</param>
/// <param name="Gaps">The area's gap per indicator (criterion gap-narrowing).</param>
public sealed record ThemeVerdictResponse(
    CodeAndName Theme,
    CodeAndName Area,
    VerdictCriterion Criterion,
    VerdictOutcome Outcome,
    [ClosedVocabulary(typeof(VerdictCodes), "ThemeVerdictLabel", nameof(VerdictCodes.Labels))] string Verdict,
    int Considered,
    int Improved,
    int Narrowed,
    int Insufficient,
    bool IsPartial,
    IReadOnlyList<string> IndicatorsFailing,
    IReadOnlyList<string> IndicatorsLackingData,
    IReadOnlyList<string> IndicatorsNotJudged,
    IReadOnlyList<TrendResponse> Trends,
    IReadOnlyList<GapComparisonResponse> Gaps);

/// <summary>Theme verdicts per theme and area.</summary>
public sealed record ThemeComparisonResponse(
    int BaselineYear, int? Year, CodeAndName Reference, IReadOnlyList<ThemeVerdictResponse> Items);
