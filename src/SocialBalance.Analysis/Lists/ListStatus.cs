using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

public enum ListOutcome
{
    /// <summary>The category is settled (missing figures, if any, could not change it).</summary>
    Classified,

    /// <summary>A missing figure leaves open a category more severe than the one found.</summary>
    InsufficientData,

    /// <summary>Fewer residents than the rule set requires: not an area in the sense of the law.</summary>
    BelowMinimumResidents,

    /// <summary>No rule set is valid in the year asked for.</summary>
    NoRuleSet,
}

/// <summary>
/// Whether the area was a parallel society in one year, judged by the rule set valid that year.
/// <see cref="RuleSetCode"/> null means no rule set was valid that year, which leaves the year undecided.
/// </summary>
public sealed record ParallelSocietyYear(int Year, string? RuleSetCode, bool? IsParallelSociety, IReadOnlyList<MissingFigure> MissingFigures);

/// <summary>
/// The transformation rule: parallel society in each of the <see cref="RequiredYears"/> years ending with the
/// evaluated year. <see cref="ConsecutiveYears"/> counts the unbroken run back from the evaluated year.
/// </summary>
public sealed record TransformationResult(
    string Name, int RequiredYears, int ConsecutiveYears, IReadOnlyList<ParallelSocietyYear> Years, bool? Met);

/// <summary>An early warning: close to a threshold or one condition short of a category, with the reasons.</summary>
public sealed record WatchResult(bool OnWatch, double RelativeMargin, IReadOnlyList<string> Reasons);

/// <summary>
/// An area's list classification for one year: every definition it meets, the most severe as its
/// <see cref="Category"/>, the definitions left open by missing figures, and the full evidence.
/// </summary>
public sealed record ListStatus(
    string AreaCode,
    int Year,
    string? RuleSetCode,
    ListOutcome Outcome,
    ListCategory Category,
    IReadOnlyList<ListCategory> DefinitionsMet,
    IReadOnlyList<ListCategory> DefinitionsUndetermined,
    ListYearEvaluation? Evaluation,
    TransformationResult? Transformation,
    WatchResult Watch,
    IReadOnlyList<MissingFigure> MissingFigures);
