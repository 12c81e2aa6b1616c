using SocialBalance.Analysis.Themes;

namespace SocialBalance.Analysis.Ambition;

/// <summary>
/// One area's verdicts over all themes. For the reference area the criterion is Improving and every theme
/// must have a verdict; for a focus area it is GapNarrowing over the themes that have data.
/// </summary>
public sealed record AreaVerdict(
    string AreaCode,
    VerdictCriterion Criterion,
    VerdictOutcome Outcome,
    IReadOnlyList<string> ThemesFailing,
    IReadOnlyList<string> ThemesLackingData,
    IReadOnlyList<ThemeVerdict> Themes);

/// <summary>An effect goal judged on its own themes only, by the same rules as the whole ambition.</summary>
public sealed record EffectGoalVerdict(
    string EffectGoalCode,
    IReadOnlyList<string> ThemeCodes,
    VerdictOutcome Outcome,
    AreaVerdict ReferenceImprovement,
    IReadOnlyList<AreaVerdict> AreaGaps);

/// <summary>
/// The 2030 ambition: (a) the reference area improves on every theme and (b) each focus area's shortfall
/// shrinks. <see cref="Reasons"/> says in words what fails or lacks data.
/// </summary>
public sealed record AmbitionAssessment(
    int BaselineYear,
    int? LatestYear,
    string ReferenceAreaCode,
    VerdictOutcome Outcome,
    AreaVerdict ReferenceImprovement,
    IReadOnlyList<AreaVerdict> AreaGaps,
    IReadOnlyList<EffectGoalVerdict> EffectGoals,
    IReadOnlyList<string> Reasons);
