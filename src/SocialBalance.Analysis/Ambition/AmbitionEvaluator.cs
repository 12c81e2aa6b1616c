using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Themes;

namespace SocialBalance.Analysis.Ambition;

/// <summary>Judges the 2030 ambition (domain.md "Measuring progress toward 2030") by the <see cref="Rules"/>.</summary>
public static class AmbitionEvaluator
{
    /// <summary>
    /// How indicator verdicts combine into theme, area, effect goal and ambition verdicts, in words: the one
    /// description of these rules (the API states it to its callers). Where domain.md is silent, the rules were chosen:
    /// (a) is taken literally, so a theme without data makes it insufficient data unless another theme fails it.
    /// </summary>
    public const string Rules = """
        Per indicator: improving = the municipality's value moved in the good direction; gap narrowing = the
        area's shortfall (reference − area when higher is better, area − reference when lower is better) is
        smaller than at the baseline. Neutral indicators never count. Per theme: met when every judged
        indicator with data meets it, not met when one does not, insufficient data when none has data.
        (a) is met only when every theme is met (a theme without data makes it insufficient data unless another
        theme fails). (b) per area: not met when any theme is not met, met when some theme is met and none fails,
        themes without data skipped and listed. The ambition is met when (a) and every area in (b) are met, not
        met when any is not met, else insufficient data. Each effect goal applies the same rules to its own
        themes.
        """;

    public static AmbitionAssessment Evaluate(AmbitionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireKnownThemes(input);

        var referenceThemes = input.Themes
            .Select(theme => ReferenceTheme(input, theme.Code))
            .ToList();
        var areaThemes = input.FocusAreaCodes
            .ToDictionary(area => area, area => input.Themes.Select(theme => AreaTheme(input, theme.Code, area)).ToList());

        var reference = Combine(input.ReferenceAreaCode, VerdictCriterion.Improving, referenceThemes);
        var areas = input.FocusAreaCodes
            .Select(area => Combine(area, VerdictCriterion.GapNarrowing, areaThemes[area]))
            .ToList();
        var goals = input.Themes
            .Select(theme => theme.EffectGoalCode)
            .Distinct()
            .Select(goal => EffectGoal(input, goal, referenceThemes, areaThemes))
            .ToList();

        var outcome = VerdictCodes.CombineAll(areas.Select(a => a.Outcome).Prepend(reference.Outcome));
        return new AmbitionAssessment(
            input.BaselineYear,
            input.LatestYear,
            input.ReferenceAreaCode,
            outcome,
            reference,
            areas,
            goals,
            Reasons(reference, areas));
    }

    private static ThemeVerdict ReferenceTheme(AmbitionInput input, string themeCode)
    {
        var trends = IndicatorsOf(input, themeCode)
            .Select(i => GapCalculator.CompareTrend(
                input.Observations, i.Code, i.Direction, input.ReferenceAreaCode, input.BaselineYear, input.LatestYear))
            .ToList();
        return ThemeVerdictCalculator.ForImprovement(themeCode, input.ReferenceAreaCode, trends);
    }

    private static ThemeVerdict AreaTheme(AmbitionInput input, string themeCode, string areaCode)
    {
        var gaps = IndicatorsOf(input, themeCode)
            .Select(i => GapCalculator.CompareGap(
                input.Observations, i.Code, i.Direction, areaCode, input.ReferenceAreaCode, input.BaselineYear, input.LatestYear))
            .ToList();
        return ThemeVerdictCalculator.ForGapNarrowing(themeCode, areaCode, gaps);
    }

    private static AreaVerdict Combine(string areaCode, VerdictCriterion criterion, IReadOnlyList<ThemeVerdict> themes)
    {
        var outcomes = themes.Select(t => t.Outcome);
        var outcome = criterion == VerdictCriterion.Improving
            ? VerdictCodes.CombineAll(outcomes)
            : VerdictCodes.CombineJudged(outcomes);
        return new AreaVerdict(
            areaCode,
            criterion,
            outcome,
            themes.Where(t => t.Outcome == VerdictOutcome.NotMet).Select(t => t.ThemeCode).ToList(),
            themes.Where(t => t.Outcome == VerdictOutcome.InsufficientData).Select(t => t.ThemeCode).ToList(),
            themes);
    }

    private static EffectGoalVerdict EffectGoal(
        AmbitionInput input,
        string goalCode,
        IReadOnlyList<ThemeVerdict> referenceThemes,
        Dictionary<string, List<ThemeVerdict>> areaThemes)
    {
        var codes = input.Themes.Where(t => t.EffectGoalCode == goalCode).Select(t => t.Code).ToList();
        var reference = Combine(
            input.ReferenceAreaCode, VerdictCriterion.Improving, referenceThemes.Where(t => codes.Contains(t.ThemeCode)).ToList());
        var areas = input.FocusAreaCodes
            .Select(area => Combine(
                area, VerdictCriterion.GapNarrowing, areaThemes[area].Where(t => codes.Contains(t.ThemeCode)).ToList()))
            .ToList();
        var outcome = VerdictCodes.CombineAll(areas.Select(a => a.Outcome).Prepend(reference.Outcome));
        return new EffectGoalVerdict(goalCode, codes, outcome, reference, areas);
    }

    private static List<string> Reasons(AreaVerdict reference, IReadOnlyList<AreaVerdict> areas)
    {
        var reasons = new List<string>();
        if (reference.ThemesFailing.Count > 0)
            reasons.Add($"'{reference.AreaCode}' is not improving on: {string.Join(", ", reference.ThemesFailing)}");
        if (reference.ThemesLackingData.Count > 0)
            reasons.Add($"'{reference.AreaCode}' lacks data on: {string.Join(", ", reference.ThemesLackingData)}");
        foreach (var area in areas)
        {
            if (area.ThemesFailing.Count > 0)
                reasons.Add($"the gap of '{area.AreaCode}' is not narrowing on: {string.Join(", ", area.ThemesFailing)}");
            if (area.Outcome == VerdictOutcome.InsufficientData)
                reasons.Add($"'{area.AreaCode}' has no theme with the figures needed");
            else if (area.ThemesLackingData.Count > 0)
                reasons.Add($"'{area.AreaCode}' lacks data on: {string.Join(", ", area.ThemesLackingData)}");
        }

        return reasons;
    }

    private static IEnumerable<IndicatorDefinition> IndicatorsOf(AmbitionInput input, string themeCode) =>
        input.Indicators.Where(i => i.ThemeCode == themeCode);

    private static void RequireKnownThemes(AmbitionInput input)
    {
        var known = input.Themes.Select(t => t.Code).ToHashSet();
        var unknown = input.Indicators.Where(i => !known.Contains(i.ThemeCode)).Select(i => i.Code).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Indicators with an unknown theme: {string.Join(", ", unknown)}.", nameof(input));
    }
}
