namespace SocialBalance.Analysis.Themes;

/// <summary>Three-valued verdict: missing data is its own answer, never a failure.</summary>
public enum VerdictOutcome
{
    Met,
    NotMet,
    InsufficientData,
}

/// <summary>What a theme verdict asks of each indicator.</summary>
public enum VerdictCriterion
{
    /// <summary>The area's own value moved in the good direction (used for the municipality itself).</summary>
    Improving,

    /// <summary>The area's shortfall to the reference area got smaller (used for the Social Balance areas).</summary>
    GapNarrowing,
}

public static class VerdictCodes
{
    public static string ToCode(this VerdictOutcome outcome) => outcome switch
    {
        VerdictOutcome.Met => "met",
        VerdictOutcome.NotMet => "not-met",
        _ => "insufficient-data",
    };

    /// <summary>Every word <see cref="Label"/> gives.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["improving", "not-improving", "gap-narrowing", "gap-not-narrowing", "insufficient-data"];

    /// <summary>The word a caseworker reads, e.g. "improving", "gap-not-narrowing", "insufficient-data".</summary>
    public static string Label(VerdictCriterion criterion, VerdictOutcome outcome) => (criterion, outcome) switch
    {
        (_, VerdictOutcome.InsufficientData) => "insufficient-data",
        (VerdictCriterion.Improving, VerdictOutcome.Met) => "improving",
        (VerdictCriterion.Improving, _) => "not-improving",
        (VerdictCriterion.GapNarrowing, VerdictOutcome.Met) => "gap-narrowing",
        _ => "gap-not-narrowing",
    };

    /// <summary>
    /// The one combining rule used at every level (indicators → theme, themes → area, parts → ambition):
    /// any part not met → not met; otherwise any part met → met; otherwise (nothing judged) → insufficient data.
    /// Parts with insufficient data are skipped, and callers list them beside the verdict.
    /// </summary>
    public static VerdictOutcome CombineJudged(IEnumerable<VerdictOutcome> parts)
    {
        var list = parts.ToList();
        if (list.Contains(VerdictOutcome.NotMet)) return VerdictOutcome.NotMet;
        return list.Contains(VerdictOutcome.Met) ? VerdictOutcome.Met : VerdictOutcome.InsufficientData;
    }

    /// <summary>
    /// The stricter rule for "every part must hold" (e.g. Gladsaxe improves on every theme): any part not
    /// met → not met; any part without data → insufficient data; otherwise met.
    /// </summary>
    public static VerdictOutcome CombineAll(IEnumerable<VerdictOutcome> parts)
    {
        var list = parts.ToList();
        if (list.Contains(VerdictOutcome.NotMet)) return VerdictOutcome.NotMet;
        return list.Count == 0 || list.Contains(VerdictOutcome.InsufficientData)
            ? VerdictOutcome.InsufficientData
            : VerdictOutcome.Met;
    }
}
