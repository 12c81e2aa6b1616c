using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Ambition;

/// <summary>A theme and the effect goal it bears on (the link is data, changeable without a release).</summary>
public sealed record ThemeDefinition(string Code, string EffectGoalCode);

/// <summary>An indicator with the theme it belongs to and the direction it should move.</summary>
public sealed record IndicatorDefinition(string Code, string ThemeCode, Direction Direction);

/// <summary>
/// Everything the 2030 ambition is judged from. <see cref="Observations"/> is built from plain
/// (indicator, area, year, value) rows. When <see cref="LatestYear"/> is null each comparison uses the
/// latest year after the baseline that has the figures it needs.
/// </summary>
public sealed record AmbitionInput(
    IReadOnlyList<ThemeDefinition> Themes,
    IReadOnlyList<IndicatorDefinition> Indicators,
    ObservationTable Observations,
    string ReferenceAreaCode,
    IReadOnlyList<string> FocusAreaCodes,
    int BaselineYear,
    int? LatestYear = null);
