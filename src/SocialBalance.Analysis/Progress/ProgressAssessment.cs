namespace SocialBalance.Analysis.Progress;

/// <summary>A target value to reach by a target year (Open SDG method 2).</summary>
public sealed record ProgressTarget(double Value, int Year);

/// <summary>The thresholds the progress value was compared with (already multiplied by the coefficient).</summary>
public sealed record ProgressThresholds(double High, double Medium, double Low);

/// <summary>Method 2 needs a target; method 1 judges the growth rate alone.</summary>
public enum ProgressMethod
{
    WithoutTarget = 1,
    WithTarget = 2,
}

/// <summary>
/// The Open SDG progress measure for one series, with every input and intermediate figure.
/// <see cref="BaseValueUsed"/> / <see cref="TargetValueUsed"/> differ from the observed figures only when
/// a 0 was replaced by 0.001. <see cref="ProgressValue"/> is the ratio r (method 2) or the growth p (method 1).
/// </summary>
public sealed record ProgressAssessment
{
    public required ProgressMethod Method { get; init; }
    public required Direction Direction { get; init; }
    public required int ConfiguredBaseYear { get; init; }
    public int? BaseYear { get; init; }
    public double? BaseValue { get; init; }
    public double? BaseValueUsed { get; init; }
    public int? CurrentYear { get; init; }
    public double? CurrentValue { get; init; }
    public ProgressTarget? Target { get; init; }
    public double? TargetValueUsed { get; init; }
    public double? Limit { get; init; }
    /// <summary>−1 when the base value is negative, else +1.</summary>
    public int? Sign { get; init; }
    public double? ObservedCagr { get; init; }
    public double? RequiredCagr { get; init; }
    public double? ProgressValue { get; init; }
    /// <summary>The limit coefficient c (1 when no limit applies); method 1 only.</summary>
    public double? Coefficient { get; init; }
    public ProgressThresholds? Thresholds { get; init; }
    public required ProgressStatus Status { get; init; }
    public NotAvailableReason? Reason { get; init; }
    public string? ReasonText => Reason?.Describe();
    /// <summary>From −5 to 5; null when not available.</summary>
    public double? Score { get; init; }
    public bool TargetAchieved => Status == ProgressStatus.TargetAchieved;
}
