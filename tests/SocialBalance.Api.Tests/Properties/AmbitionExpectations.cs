using SocialBalance.Analysis.Ambition;
using SocialBalance.Analysis.Observations;
using static SocialBalance.Api.Tests.Properties.GapExpectations;
using static SocialBalance.Api.Tests.Properties.Mismatches;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>
/// <c>/api/v1/ambition</c> against <see cref="AmbitionEvaluator"/>: the themes with their effect goals and the
/// indicators with their themes and directions as the catalogue endpoints publish them, the municipality as
/// reference, the Social Balance areas as focus.
/// </summary>
public static class AmbitionExpectations
{
    public static async Task CheckAmbitionAsync(HttpClient client, PublishedCatalogue catalogue, ObservationTable table, int baseline, Mismatches m)
    {
        var url = $"/api/v1/ambition?baseline={baseline}";
        var answer = await Answers.GetAsync(client, url);
        var expected = AmbitionEvaluator.Evaluate(new AmbitionInput(
            catalogue.Themes,
            catalogue.Indicators.Select(i => new IndicatorDefinition(i.Code, i.Theme, i.Direction)).ToList(),
            table,
            PublishedCatalogue.Reference,
            catalogue.SocialBalanceAreas,
            baseline));

        m.Text($"{url} outcome", Wire(expected.Outcome), Field(answer, "outcome"));
        m.Codes($"{url} reasons", expected.Reasons, Field(answer, "reasons"));
        Area(m, $"{url} improvement", expected.ReferenceImprovement, Field(answer, "improvement"));
        var areas = m.Items($"{url} gapsShrink", Field(answer, "gapsShrink"), a => CodeOf(Field(a, "area")), expected.AreaGaps.Select(a => a.AreaCode));
        foreach (var area in expected.AreaGaps.Where(a => areas.ContainsKey(a.AreaCode)))
        {
            Area(m, $"{url} gapsShrink[{area.AreaCode}]", area, areas[area.AreaCode]);
        }

        var goals = m.Items($"{url} effectGoals", Field(answer, "effectGoals"), g => CodeOf(Field(g, "effectGoal")),
            expected.EffectGoals.Select(g => g.EffectGoalCode));
        foreach (var goal in expected.EffectGoals.Where(g => goals.ContainsKey(g.EffectGoalCode)))
        {
            var where = $"{url} effectGoals[{goal.EffectGoalCode}]";
            var json = goals[goal.EffectGoalCode];
            m.Codes($"{where}.themes", goal.ThemeCodes, Field(json, "themes"));
            m.Text($"{where}.outcome", Wire(goal.Outcome), Field(json, "outcome"));
            Area(m, $"{where}.improvement", goal.ReferenceImprovement, Field(json, "improvement"), withEvidence: false);
            var goalAreas = m.Items($"{where}.gapsShrink", Field(json, "gapsShrink"), a => CodeOf(Field(a, "area")), goal.AreaGaps.Select(a => a.AreaCode));
            foreach (var area in goal.AreaGaps.Where(a => goalAreas.ContainsKey(a.AreaCode)))
            {
                Area(m, $"{where}.gapsShrink[{area.AreaCode}]", area, goalAreas[area.AreaCode], withEvidence: false);
            }
        }
    }

    /// <summary>
    /// One part of the ambition for one area. In full (<paramref name="withEvidence"/>): the themes failing or lacking
    /// data and every theme verdict with its evidence; in an effect goal's summary: each theme's outcome and verdict.
    /// </summary>
    private static void Area(Mismatches m, string where, AreaVerdict e, JsonElement a, bool withEvidence = true)
    {
        m.Code($"{where}.area", e.AreaCode, Field(a, "area"));
        m.Text($"{where}.criterion", Wire(e.Criterion), Field(a, "criterion"));
        m.Text($"{where}.outcome", Wire(e.Outcome), Field(a, "outcome"));
        if (withEvidence)
        {
            m.Codes($"{where}.themesFailing", e.ThemesFailing, Field(a, "themesFailing"));
            m.Codes($"{where}.themesLackingData", e.ThemesLackingData, Field(a, "themesLackingData"));
        }

        var themes = m.Items($"{where}.themes", Field(a, "themes"), t => CodeOf(Field(t, "theme")), e.Themes.Select(t => t.ThemeCode));
        foreach (var theme in e.Themes.Where(t => themes.ContainsKey(t.ThemeCode)))
        {
            var at = $"{where}.themes[{theme.ThemeCode}]";
            if (withEvidence)
            {
                Theme(m, at, theme, themes[theme.ThemeCode]);
            }
            else
            {
                m.Text($"{at}.outcome", Wire(theme.Outcome), Field(themes[theme.ThemeCode], "outcome"));
                m.Text($"{at}.verdict", theme.Label, Field(themes[theme.ThemeCode], "verdict"));
            }
        }
    }
}
