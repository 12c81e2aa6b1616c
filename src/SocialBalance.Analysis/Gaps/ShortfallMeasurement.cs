namespace SocialBalance.Analysis.Gaps;

/// <summary>
/// An area against the reference area for one indicator and year, with both values used.
/// <see cref="Difference"/> is always area − reference. <see cref="Shortfall"/> is oriented so that
/// positive means the area is behind; it is null for neutral indicators (no good direction).
/// Relative figures divide by |reference| and are null when the reference is 0.
/// </summary>
public sealed record ShortfallMeasurement(
    int Year,
    double AreaValue,
    double ReferenceValue,
    double Difference,
    double? RelativeDifference,
    double? Shortfall,
    double? RelativeShortfall);
