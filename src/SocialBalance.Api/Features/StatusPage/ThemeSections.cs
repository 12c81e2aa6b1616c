using SocialBalance.Api.Features.Ambition;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Comparisons;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>
/// One effect goal with its themes: each theme's verdict for the municipality and every Social Balance area, the
/// indicators it is measured by, and its chart (<c>/api/v1/charts/themes/{code}</c>, in the page's language).
/// </summary>
internal static class ThemeSections
{
    public static void Write(HtmlBuilder html, AmbitionResponse ambition, EffectGoalVerdictResponse goal, PageText text)
    {
        var id = "goal-" + goal.EffectGoal.Code;
        html.Open("section", ("aria-labelledby", id), ("data-effect-goal", goal.EffectGoal.Code))
            .Element("h3", text.Name(goal.EffectGoal.Name), ("id", id))
            .Element("p", p => p.Text(text.Verdict + ": ").Verdict(text.Outcome(goal.Outcome), goal.Outcome));
        foreach (var theme in goal.Themes)
        {
            var verdicts = ambition.GapsShrink.Prepend(ambition.Improvement)
                .Select(a => a.Themes.Single(t => t.Theme.Code == theme.Code))
                .ToList();
            Theme(html, theme.Code, text.Name(theme.Name), verdicts, text);
        }

        html.Close("section");
    }

    private static void Theme(HtmlBuilder html, string code, string name, IReadOnlyList<ThemeVerdictResponse> verdicts, PageText text)
    {
        var id = "theme-" + code;
        html.Open("section", ("aria-labelledby", id), ("data-theme", code))
            .Element("h4", name, ("id", id))
            .Open("table")
            .Element("caption", PageText.Format(text.ThemeCaption, name))
            .Element("thead", h => h.Element("tr", r => r
                .Element("th", text.Area, ("scope", "col"))
                .Element("th", text.Verdict, ("scope", "col"))))
            .Open("tbody");
        foreach (var verdict in verdicts)
        {
            var outcome = WireCode.Of(verdict.Outcome);
            html.Element("tr", r => r
                .Element("th", text.Name(verdict.Area.Name), ("scope", "row"))
                .Element("td", c => c.Element(
                    "span", text.ThemeVerdict(verdict.Verdict), ("class", "verdict " + outcome), ("data-verdict", verdict.Verdict))),
                ("data-area", verdict.Area.Code));
        }

        html.Close("tbody").Close("table");

        var indicators = verdicts.SelectMany(v => v.Trends.Select(t => t.Indicator).Concat(v.Gaps.Select(g => g.Indicator)))
            .DistinctBy(i => i.Code)
            .Select(i => text.Name(i.Name))
            .ToList();
        if (indicators.Count > 0)
        {
            html.Element("p", $"{text.MeasuredBy}: {string.Join(", ", indicators)}.", ("class", "note"));
        }

        var chart = $"/api/v1/charts/themes/{Uri.EscapeDataString(code)}?lang={text.Code}&width={StatusPageView.ChartWidth}&height={StatusPageView.ChartHeight}";
        html.Element("figure", f => f
            .Open("img", ("src", chart), ("alt", PageText.Format(text.ChartAlt, name)),
                ("width", StatusPageView.Number(StatusPageView.ChartWidth)), ("height", StatusPageView.Number(StatusPageView.ChartHeight)))
            .Element("figcaption", PageText.Format(text.ChartCaption, name)));
        html.Close("section");
    }
}
