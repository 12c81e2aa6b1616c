namespace SocialBalance.Analysis.Lists;

/// <summary>
/// One criterion (C1…C4 under the 2018 and 2021 rules). The thresholds are parameters whose meaning depends
/// on <see cref="Kind"/>: a value (40), a factor (3) or a share (0.55). <see cref="LowerThreshold"/> is null
/// when the rule set has no lower level (2018 rules: no prevention areas). <see cref="PeriodYears"/> is the
/// number of years averaged, ending with the evaluated year (1 = latest year only).
/// </summary>
public sealed record ListCriterion(
    string Code,
    string IndicatorCode,
    CriterionKind Kind,
    ComparisonOperator Operator,
    double HigherThreshold,
    double? LowerThreshold,
    int PeriodYears);

/// <summary>
/// A category defined by criteria: at least <see cref="MinimumCriteriaMet"/> criteria met at
/// <see cref="Level"/>, and, when <see cref="NonWesternShareAbove"/> is set, a non-Western share strictly
/// above it (in the unit of the non-Western indicator, e.g. 50 for 50%). <see cref="Name"/> is the legal
/// name in Danish (e.g. "forebyggelsesområde").
/// </summary>
public sealed record ListCategoryRule(
    ListCategory Category,
    string Name,
    CriteriaLevel Level,
    int MinimumCriteriaMet,
    double? NonWesternShareAbove);

/// <summary>Transformation area: a parallel society in each of the last N years (5 under 2021 rules, 4 under 2018).</summary>
public sealed record TransformationRule(string Name, int ConsecutiveParallelSocietyYears);

/// <summary>
/// A versioned set of list rules, valid for the list years <see cref="ValidFrom"/> to <see cref="ValidTo"/>
/// (inclusive; null = still in force). Rules are data: a new law is a new rule set, not new code.
/// </summary>
public sealed record ListRuleSet(
    string Code,
    int ValidFrom,
    int? ValidTo,
    int MinimumResidents,
    string ResidentsIndicatorCode,
    string NonWesternIndicatorCode,
    IReadOnlyList<ListCriterion> Criteria,
    IReadOnlyList<ListCategoryRule> Categories,
    TransformationRule? Transformation)
{
    public bool IsValidIn(int year) => year >= ValidFrom && (ValidTo is null || year <= ValidTo);
}
