namespace SocialBalance.Analysis;

/// <summary>Whether a per-indicator assessment produced a verdict.</summary>
public enum AssessmentOutcome
{
    /// <summary>All figures present and the indicator has a direction: verdict given.</summary>
    Assessed,

    /// <summary>Neutral indicator: differences are computed and shown, but never judged.</summary>
    NotJudged,

    /// <summary>A needed figure is missing; the assessment lists which.</summary>
    InsufficientData,
}
