using SocialBalance.Analysis.Lists;

namespace SocialBalance.Analysis.Tests.TestData;

/// <summary>
/// The 2021 and 2018 list rules from domain.md, written as data the way the API will load them.
/// Percent indicators are in percent (40 = 40%); multiples and shares are plain factors.
/// </summary>
internal static class ListRuleSets
{
    public const string Residents = "residents";
    public const string NonWestern = "non-western";
    public const string OutsideWork = "outside-work-education";
    public const string Convicted = "convicted";
    public const string PrimarySchoolOnly = "primary-school-only";
    public const string GrossIncome = "gross-income";

    /// <summary>Rules since 30 Nov 2021 (lists from 2021).</summary>
    public static ListRuleSet Rules2021 { get; } = new(
        "2021",
        ValidFrom: 2021,
        ValidTo: null,
        MinimumResidents: 1000,
        Residents,
        NonWestern,
        [
            new ListCriterion("C1", OutsideWork, CriterionKind.AbsoluteThreshold, ComparisonOperator.GreaterThan, 40, 30, 2),
            new ListCriterion("C2", Convicted, CriterionKind.MultipleOfNationalAverage, ComparisonOperator.GreaterOrEqual, 3, 2, 2),
            new ListCriterion("C3", PrimarySchoolOnly, CriterionKind.AbsoluteThreshold, ComparisonOperator.GreaterThan, 60, 60, 1),
            new ListCriterion("C4", GrossIncome, CriterionKind.ShareOfRegionalAverage, ComparisonOperator.LessThan, 0.55, 0.65, 1),
        ],
        [
            new ListCategoryRule(ListCategory.Vulnerable, "udsat boligområde", CriteriaLevel.Higher, 2, null),
            new ListCategoryRule(ListCategory.ParallelSociety, "parallelsamfund", CriteriaLevel.Higher, 2, 50),
            new ListCategoryRule(ListCategory.Prevention, "forebyggelsesområde", CriteriaLevel.Lower, 2, 30),
        ],
        new TransformationRule("omdannelsesområde", 5));

    /// <summary>The 2018 "ghetto package" rules (lists 2018–2020): no prevention level, transformation after 4 years.</summary>
    public static ListRuleSet Rules2018 { get; } = new(
        "2018",
        ValidFrom: 2018,
        ValidTo: 2020,
        MinimumResidents: 1000,
        Residents,
        NonWestern,
        [
            new ListCriterion("C1", OutsideWork, CriterionKind.AbsoluteThreshold, ComparisonOperator.GreaterThan, 40, null, 2),
            new ListCriterion("C2", Convicted, CriterionKind.MultipleOfNationalAverage, ComparisonOperator.GreaterOrEqual, 3, null, 2),
            new ListCriterion("C3", PrimarySchoolOnly, CriterionKind.AbsoluteThreshold, ComparisonOperator.GreaterThan, 60, null, 1),
            new ListCriterion("C4", GrossIncome, CriterionKind.ShareOfRegionalAverage, ComparisonOperator.LessThan, 0.55, null, 1),
        ],
        [
            new ListCategoryRule(ListCategory.Vulnerable, "udsat boligområde", CriteriaLevel.Higher, 2, null),
            new ListCategoryRule(ListCategory.ParallelSociety, "ghettoområde", CriteriaLevel.Higher, 2, 50),
        ],
        new TransformationRule("hårdt ghettoområde", 4));
}
