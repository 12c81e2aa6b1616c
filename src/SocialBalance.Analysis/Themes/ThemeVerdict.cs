using SocialBalance.Analysis.Gaps;

namespace SocialBalance.Analysis.Themes;

/// <summary>
/// The verdict on one theme for one area, with the indicator assessments it was built from.
/// <see cref="Considered"/> counts the judged (non-neutral) indicators; <see cref="Insufficient"/> those of
/// them without the figures needed. <see cref="IsPartial"/> is true when a verdict was reached although
/// some judged indicators lacked data (they are named in <see cref="IndicatorsLackingData"/>).
/// Exactly one of <see cref="Trends"/> (criterion Improving) and <see cref="Gaps"/> (GapNarrowing) is filled.
/// </summary>
public sealed record ThemeVerdict(
    string ThemeCode,
    string AreaCode,
    VerdictCriterion Criterion,
    VerdictOutcome Outcome,
    string Label,
    int Considered,
    int Improved,
    int Narrowed,
    int Insufficient,
    bool IsPartial,
    IReadOnlyList<string> IndicatorsFailing,
    IReadOnlyList<string> IndicatorsLackingData,
    IReadOnlyList<string> IndicatorsNotJudged,
    IReadOnlyList<TrendAssessment> Trends,
    IReadOnlyList<GapAssessment> Gaps);
