namespace SocialBalance.Analysis.Progress;

/// <summary>
/// Open SDG statuses and scores (−5 … 5) from the progress value, for both methods. Scores and scaled thresholds are
/// rounded at <see cref="DerivedPrecision.RatioDecimals"/>.
/// </summary>
public static class ProgressScore
{
    public static readonly ProgressThresholds WithTargetThresholds = new(0.95, 0.6, 0);
    public static readonly ProgressThresholds WithoutTargetThresholds = new(0.015, 0.005, 0);

    /// <summary>r ≥ high substantial, med ≤ r &lt; high moderate, low ≤ r &lt; med limited, below low deterioration.</summary>
    public static ProgressStatus Status(double value, ProgressThresholds thresholds)
    {
        if (value >= thresholds.High) return ProgressStatus.Substantial;
        if (value >= thresholds.Medium) return ProgressStatus.Moderate;
        return value >= thresholds.Low ? ProgressStatus.Limited : ProgressStatus.Deterioration;
    }

    /// <summary>Method 2: r ≥ 0.6 → min(7.1429·r − 4.2857, 5); otherwise max(4.1667·r − 2.5, −5).</summary>
    public static double WithTarget(double ratio) =>
        ratio >= WithTargetThresholds.Medium
            ? Math.Min(Linear(7.1429, ratio, -4.2857), 5)
            : Math.Max(Linear(4.1667, ratio, -2.5), -5);

    /// <summary>
    /// Method 1. The growth is divided by c so that it is scored on the same basis as the shrunken
    /// thresholds; c = 0 means the base already sits at the limit, so holding it is full marks.
    /// </summary>
    public static double WithoutTarget(double growth, double coefficient)
    {
        var thresholds = Scaled(coefficient);
        if (growth < thresholds.Low) return Math.Max(Linear(125, growth, -2.5), -5);
        if (coefficient == 0) return 5;
        if (growth >= thresholds.High) return Math.Min(Linear(500, growth, -5, coefficient), 5);
        if (growth >= thresholds.Medium) return Linear(250, growth, -1.25, coefficient);
        return Linear(500, growth, -2.5, coefficient);
    }

    public static ProgressThresholds Scaled(double coefficient) => new(
        DerivedPrecision.Product(WithoutTargetThresholds.High, coefficient, DerivedPrecision.RatioDecimals),
        DerivedPrecision.Product(WithoutTargetThresholds.Medium, coefficient, DerivedPrecision.RatioDecimals),
        DerivedPrecision.Product(WithoutTargetThresholds.Low, coefficient, DerivedPrecision.RatioDecimals));

    private static double Linear(double factor, double x, double offset, double divisor = 1) =>
        DerivedPrecision.Linear(factor, x, offset, DerivedPrecision.RatioDecimals, divisor);

    /// <summary>Status of a (mean) score: 2.5 ≤ s ≤ 5 substantial, 0 ≤ s &lt; 2.5 moderate, −2.5 ≤ s &lt; 0 limited, else deterioration.</summary>
    public static ProgressStatus StatusOfScore(double score)
    {
        if (score >= 2.5) return ProgressStatus.Substantial;
        if (score >= 0) return ProgressStatus.Moderate;
        return score >= -2.5 ? ProgressStatus.Limited : ProgressStatus.Deterioration;
    }
}
