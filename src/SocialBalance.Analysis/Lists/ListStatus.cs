using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

public enum ListOutcome
{
    /// <summary>
    /// The category is settled: missing figures, if any, could not change it, or the stored official list of the year
    /// settled what they left open.
    /// </summary>
    Classified,

    /// <summary>
    /// Neither the figures nor a stored official list of the year settle it: a missing figure leaves open a category more
    /// severe than the one found, or no rule set is valid in the year and no list of it is stored.
    /// </summary>
    InsufficientData,

    /// <summary>Fewer residents than the rule set requires: not an area in the sense of the law.</summary>
    BelowMinimumResidents,
}

/// <summary>
/// Whether the area was a parallel society in one year, judged by the rule set valid that year, or, where its figures
/// cannot tell (or <see cref="RuleSetCode"/> is null: no rule set was valid that year), by the stored official list of
/// that year. <see cref="Basis"/> says which; with neither the year stays undecided.
/// </summary>
public sealed record ParallelSocietyYear(int Year, string? RuleSetCode, bool? IsParallelSociety, IReadOnlyList<MissingFigure> MissingFigures)
{
    public ListBasis Basis { get; init; } = IsParallelSociety is null ? ListBasis.None : ListBasis.Figures;
}

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
/// <see cref="Category"/>, the definitions left open by missing figures, and the full evidence. <see cref="Basis"/> says
/// what decided the year itself: the figures, or, where they cannot, the stored official list of the year.
/// <see cref="Evaluation"/> is null when no rule set is valid in the year.
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
    IReadOnlyList<MissingFigure> MissingFigures,
    ListBasis Basis);
