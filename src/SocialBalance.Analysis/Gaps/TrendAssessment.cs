using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Gaps;

/// <summary>
/// One area's own movement for one indicator, baseline year against latest year (used for the
/// municipality itself, where "improving" is what counts). <see cref="Improving"/> is null unless
/// <see cref="Outcome"/> is <see cref="AssessmentOutcome.Assessed"/>.
/// </summary>
public sealed record TrendAssessment(
    string IndicatorCode,
    string AreaCode,
    Direction Direction,
    int BaselineYear,
    int? LatestYear,
    AssessmentOutcome Outcome,
    double? BaselineValue,
    double? LatestValue,
    double? Change,
    bool? Improving,
    IReadOnlyList<MissingFigure> MissingFigures);
