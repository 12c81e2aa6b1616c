using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Gaps;

/// <summary>
/// An area's gap to the reference area for one indicator, baseline year against latest year.
/// <see cref="Narrowed"/>: the latest shortfall is smaller than the baseline shortfall.
/// <see cref="Improving"/>: the area's own value moved in the good direction.
/// Both are null unless <see cref="Outcome"/> is <see cref="AssessmentOutcome.Assessed"/>.
/// </summary>
public sealed record GapAssessment(
    string IndicatorCode,
    string AreaCode,
    string ReferenceAreaCode,
    Direction Direction,
    int BaselineYear,
    int? LatestYear,
    AssessmentOutcome Outcome,
    ShortfallMeasurement? Baseline,
    ShortfallMeasurement? Latest,
    double? AreaChange,
    double? ShortfallChange,
    bool? Narrowed,
    bool? Improving,
    IReadOnlyList<MissingFigure> MissingFigures);
