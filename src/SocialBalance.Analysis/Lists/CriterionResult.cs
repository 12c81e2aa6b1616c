using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

/// <summary>
/// One threshold level of a criterion. <see cref="Parameter"/> is the rule's number (40, 3 or 0.55);
/// <see cref="Threshold"/> is what the value was compared with (the parameter, or parameter × reference).
/// <see cref="Margin"/> is signed and positive on the met side (value − threshold for &gt;/≥,
/// threshold − value for &lt;/≤); at exactly 0 a "&gt;" criterion is not met and a "≥" one is.
/// <see cref="RelativeMargin"/> = margin / |threshold| (null when the threshold is 0).
/// </summary>
public sealed record CriterionLevelResult(
    CriteriaLevel Level,
    double Parameter,
    double Threshold,
    bool Met,
    double Margin,
    double? RelativeMargin);

/// <summary>
/// A criterion evaluated for one area and year, showing the values averaged and the reference used.
/// <see cref="Value"/> is null, and the levels are null, when a figure is missing (see <see cref="MissingFigures"/>).
/// <see cref="Lower"/> is also null when the rule set has no lower threshold for this criterion.
/// </summary>
public sealed record CriterionResult(
    string Code,
    string IndicatorCode,
    CriterionKind Kind,
    ComparisonOperator Operator,
    int PeriodYears,
    IReadOnlyList<YearValue> AreaValues,
    double? Value,
    string? ReferenceAreaCode,
    IReadOnlyList<YearValue> ReferenceValues,
    double? ReferenceValue,
    CriterionLevelResult? Higher,
    CriterionLevelResult? Lower,
    IReadOnlyList<MissingFigure> MissingFigures)
{
    public bool HasData => Value is not null;

    public CriterionLevelResult? At(CriteriaLevel level) => level == CriteriaLevel.Higher ? Higher : Lower;
}
