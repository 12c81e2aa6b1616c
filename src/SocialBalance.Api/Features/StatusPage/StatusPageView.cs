using System.Globalization;
using SocialBalance.Analysis.Themes;
using SocialBalance.Api.Features.Ambition;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>
/// The status page as HTML5: the header with the language switch, the council's ambition and the overall verdict, the
/// areas, the effect goals with their themes and charts, the ministry's lists, and the links to the data. Every verdict
/// is written in words, with its code in <c>data-verdict</c> for whoever reads the page by machine.
/// </summary>
internal static class StatusPageView
{
    /// <summary>The size the charts are asked for and shown at (CSS scales them down on a narrow screen).</summary>
    public const int ChartWidth = 720;

    public const int ChartHeight = 360;

    public static string Render(StatusPageData data, PageText text)
    {
        var html = new HtmlBuilder();
        html.Markup("<!DOCTYPE html>").Line()
            .Open("html", ("lang", text.Code)).Line()
            .Element("head", h => Head(h, text)).Line()
            .Open("body").Line()
            .Element("header", h => Header(h, text)).Line()
            .Element("main", h =>
            {
                AmbitionSection(h, data, text);
                AreasSection(h, data.Ambition, text);
                GoalsSection(h, data.Ambition, text);
                ListSection.Write(h, data, text);
                DataSection(h, data, text);
            }).Line()
            .Element("footer", h => h.Element("p", text.Footer)).Line()
            .Close("body").Line()
            .Close("html").Line();
        return html.ToString();
    }

    private static void Head(HtmlBuilder html, PageText text) => html
        .Open("meta", ("charset", "utf-8"))
        .Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
        .Element("title", text.Title)
        .Open("meta", ("name", "description"), ("content", text.Intro))
        .Open("link", ("rel", "alternate"), ("hreflang", text.OtherLanguageCode), ("href", text.OtherLanguageHref))
        .Open("link", ("rel", "icon"), ("href", SiteIcon.LinkedPath), ("type", SiteIcon.MediaType))
        .Element("style", h => h.Markup(StatusPageStyle.Css));

    private static void Header(HtmlBuilder html, PageText text) => html
        .Element("p", text.Organisation, ("class", "organisation"))
        .Element("h1", text.Heading)
        .Element("p", text.Intro)
        .Element("nav", h => h.Element("ul", l => l
            .Element("li", i => i.Element(
                "a", text.OtherLanguage, ("href", text.OtherLanguageHref), ("hreflang", text.OtherLanguageCode), ("lang", text.OtherLanguageCode), ("id", "language-switch")))
            .Element("li", i => i.Element("a", text.DataLink, ("href", "#data")))
            .Element("li", i => i.Element("a", text.SwaggerUi, ("href", SwaggerUiPath)))), ("aria-label", text.NavigationLabel));

    private const string SwaggerUiPath = "/swagger/index.html";

    private static void AmbitionSection(HtmlBuilder html, StatusPageData data, PageText text)
    {
        var ambition = data.Ambition;
        html.Open("section", ("aria-labelledby", "ambition")).Element("h2", text.AmbitionHeading, ("id", "ambition"));
        html.Element("blockquote", b => b.Element("p", text.Name(ambition.Ambition)), ("id", "council-ambition"));
        if (text.TranslationNote is { } note)
        {
            html.Element("p", p => p.Text(note + " ").Element("q", ambition.Ambition.Da, ("lang", "da")), ("class", "note"));
        }

        html.Element("p", p => p.Text(text.Overall + ": ").Verdict(text.Outcome(ambition.Outcome), ambition.Outcome, ("id", "overall-verdict")), ("class", "summary"));
        if (data.LatestYear is { } latest)
        {
            html.Element("p", p => p
                .Text($"{text.MeasuredFrom} {Number(ambition.BaselineYear)} {text.LatestYear}: ")
                .Element("strong", Number(latest), ("id", "latest-year"), ("data-year", Number(latest)))
                .Text("."));
        }
        else
        {
            html.Element("p", text.NoFigures, ("id", "latest-year"));
        }

        html.Element("p", text.Rules).Close("section");
    }

    // Three columns, so the table fits a phone: what each area is measured by goes under its name, the themes that
    // fall short or lack figures share one column.
    private static void AreasSection(HtmlBuilder html, AmbitionResponse ambition, PageText text)
    {
        string Names(IReadOnlyList<string> codes) =>
            string.Join(", ", codes.Select(code => text.Name(ambition.Improvement.Themes.First(t => t.Theme.Code == code).Theme.Name)));

        void Themes(HtmlBuilder cell, AreaVerdictResponse area)
        {
            if (area.ThemesFailing.Count == 0 && area.ThemesLackingData.Count == 0)
            {
                cell.Text(text.None);
            }

            if (area.ThemesFailing.Count > 0)
            {
                cell.Element("span", $"{text.ThemesFailing}: {Names(area.ThemesFailing)}.", ("class", "line"));
            }

            if (area.ThemesLackingData.Count > 0)
            {
                cell.Element("span", $"{text.ThemesLackingData}: {Names(area.ThemesLackingData)}.", ("class", "line"));
            }
        }

        html.Open("section", ("aria-labelledby", "areas")).Element("h2", text.AreasHeading, ("id", "areas"))
            .Open("table", ("id", "area-verdicts"))
            .Element("caption", text.AreasCaption)
            .Element("thead", h => h.Element("tr", r => r
                .Element("th", text.Area, ("scope", "col"))
                .Element("th", text.Verdict, ("scope", "col"))
                .Element("th", text.Themes, ("scope", "col"))))
            .Open("tbody");
        foreach (var area in ambition.GapsShrink.Prepend(ambition.Improvement))
        {
            html.Element("tr", r => r
                .Element("th", h => h.Text(text.Name(area.Area.Name)).Element("span", text.CriterionOf(area.Criterion), ("class", "line note")), ("scope", "row"))
                .Element("td", c => c.Verdict(text.Outcome(area.Outcome), area.Outcome))
                .Element("td", c => Themes(c, area)), ("data-area", area.Area.Code));
        }

        html.Close("tbody").Close("table").Close("section");
    }

    private static void GoalsSection(HtmlBuilder html, AmbitionResponse ambition, PageText text)
    {
        html.Open("section", ("aria-labelledby", "goals")).Element("h2", text.GoalsHeading, ("id", "goals"))
            .Open("table", ("id", "goal-verdicts"))
            .Element("caption", text.GoalsCaption)
            .Element("thead", h => h.Element("tr", r => r
                .Element("th", text.EffectGoal, ("scope", "col"))
                .Element("th", text.Verdict, ("scope", "col"))))
            .Open("tbody");
        foreach (var goal in ambition.EffectGoals)
        {
            // The goal's themes go under its name, so the table stays two columns on a phone.
            html.Element("tr", r => r
                .Element("th", h => h
                    .Element("a", text.Name(goal.EffectGoal.Name), ("href", "#goal-" + goal.EffectGoal.Code))
                    .Element("span", $"{text.Themes}: {string.Join(", ", goal.Themes.Select(t => text.Name(t.Name)))}.", ("class", "line note")), ("scope", "row"))
                .Element("td", c => c.Verdict(text.Outcome(goal.Outcome), goal.Outcome)), ("data-effect-goal", goal.EffectGoal.Code));
        }

        html.Close("tbody").Close("table");
        foreach (var goal in ambition.EffectGoals)
        {
            ThemeSections.Write(html, ambition, goal, text);
        }

        html.Close("section");
    }

    private static void DataSection(HtmlBuilder html, StatusPageData data, PageText text)
    {
        html.Open("section", ("aria-labelledby", "data")).Element("h2", text.DataHeading, ("id", "data")).Open("ul", ("id", "data-links"));
        html.Element("li", l => l.Element("a", text.AmbitionCsv, ("href", "/api/v1/ambition?format=csv"), ("type", "text/csv")))
            .Element("li", l => l.Element("a", text.AmbitionXlsx, ("href", "/api/v1/ambition?format=xlsx"), ("type", Xlsx)));
        if (data.Lists is { } lists)
        {
            var year = Number(lists.ListYear);
            html.Element("li", l => l.Element("a", PageText.Format(text.ListsCsv, year), ("href", $"/api/v1/list-status?year={year}&format=csv"), ("type", "text/csv")))
                .Element("li", l => l.Element("a", PageText.Format(text.ListsXlsx, year), ("href", $"/api/v1/list-status?year={year}&format=xlsx"), ("type", Xlsx)));
        }

        html.Element("li", l => l.Element("a", text.SwaggerUi, ("href", SwaggerUiPath)))
            .Element("li", l => l.Element("a", text.Contract, ("href", OpenApiSetup.DocumentPath), ("type", "application/json")))
            .Close("ul").Close("section");
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A verdict in words, styled by its outcome, with the outcome's code for machines.</summary>
    public static HtmlBuilder Verdict(this HtmlBuilder html, string words, VerdictOutcome outcome, params (string Name, string? Value)[] attributes)
    {
        var code = WireCode.Of(outcome);
        return html.Element("span", words, [("class", "verdict " + code), ("data-verdict", code), .. attributes]);
    }
}
