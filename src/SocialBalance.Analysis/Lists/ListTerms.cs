namespace SocialBalance.Analysis.Lists;

/// <summary>What a criterion's threshold is measured against.</summary>
public enum CriterionKind
{
    /// <summary>The threshold is a value in the indicator's own unit (e.g. 40 for "&gt; 40%").</summary>
    AbsoluteThreshold,

    /// <summary>The threshold is a factor on the national average (e.g. 3 for "≥ 3 × national average").</summary>
    MultipleOfNationalAverage,

    /// <summary>The threshold is a share of the regional average (e.g. 0.55 for "&lt; 55% of region").</summary>
    ShareOfRegionalAverage,
}

/// <summary>How the area's value is compared with the threshold. "&gt;" excludes the boundary, "≥" includes it.</summary>
public enum ComparisonOperator
{
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}

/// <summary>Which of a criterion's two thresholds a category uses.</summary>
public enum CriteriaLevel
{
    /// <summary>The thresholds for vulnerable, parallel-society and transformation areas.</summary>
    Higher,

    /// <summary>The thresholds for prevention areas.</summary>
    Lower,
}

/// <summary>List categories, ordered by severity (a larger value is more severe).</summary>
public enum ListCategory
{
    None = 0,
    Prevention = 1,
    Vulnerable = 2,
    ParallelSociety = 3,
    Transformation = 4,
}

public static class ListCodes
{
    public static string ToCode(this ListCategory category) => category switch
    {
        ListCategory.Prevention => "prevention",
        ListCategory.Vulnerable => "vulnerable",
        ListCategory.ParallelSociety => "parallel-society",
        ListCategory.Transformation => "transformation",
        _ => "none",
    };

    public static string ToSymbol(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterOrEqual => "≥",
        ComparisonOperator.LessThan => "<",
        _ => "≤",
    };

    /// <summary>The comparison on values rounded by <see cref="NumericComparison"/>, so exact boundaries behave as written.</summary>
    public static bool Holds(this ComparisonOperator op, double value, double threshold) => op switch
    {
        ComparisonOperator.GreaterThan => NumericComparison.IsGreater(value, threshold),
        ComparisonOperator.GreaterOrEqual => NumericComparison.IsGreaterOrEqual(value, threshold),
        ComparisonOperator.LessThan => NumericComparison.IsLess(value, threshold),
        _ => NumericComparison.IsLessOrEqual(value, threshold),
    };

    /// <summary>Signed distance to the threshold, positive on the side where the criterion is met; exact.</summary>
    public static double Margin(this ComparisonOperator op, double value, double threshold) =>
        op is ComparisonOperator.GreaterThan or ComparisonOperator.GreaterOrEqual
            ? DerivedPrecision.Difference(value, threshold)
            : DerivedPrecision.Difference(threshold, value);
}
