using SocialBalance.Analysis.Lists;
using SocialBalance.Api.Features.Calculations;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>
/// The municipality's housing areas on the ministry's list (almenboligloven §§ 61 a–61 b) of the latest list year the
/// figures decide: each area's category in words, what decided it, and whether it is close to a threshold.
/// </summary>
internal static class ListSection
{
    public static void Write(HtmlBuilder html, StatusPageData data, PageText text)
    {
        html.Open("section", ("aria-labelledby", "lists")).Element("h2", text.ListsHeading, ("id", "lists"));
        if (data.Lists is not { } lists)
        {
            html.Element("p", text.NoListYet).Close("section");
            return;
        }

        var listYear = StatusPageView.Number(lists.ListYear);
        html.Element("p", PageText.Format(text.ListsIntro, listYear, StatusPageView.Number(lists.DataYear)))
            .Open("table", ("id", "list-status"), ("data-list-year", listYear))
            .Element("caption", PageText.Format(text.ListsCaption, listYear))
            .Element("thead", h => h.Element("tr", r => r
                .Element("th", text.Area, ("scope", "col"))
                .Element("th", text.Category, ("scope", "col"))
                .Element("th", text.Basis, ("scope", "col"))
                .Element("th", text.Watch, ("scope", "col"))))
            .Open("tbody");
        foreach (var status in lists.Areas)
        {
            // A category is named only when it is settled; otherwise the outcome says why not.
            var category = status.Outcome == ListOutcome.Classified ? text.Name(status.Category.Name) : text.ListOutcome(status.Outcome);
            html.Element("tr", r => r
                .Element("th", text.Name(status.Area.Name), ("scope", "row"))
                .Element("td", category, ("data-category", status.Category.Code), ("data-outcome", WireCode.Of(status.Outcome)))
                .Element("td", text.ListBasis(status.Basis.Source), ("data-basis", WireCode.Of(status.Basis.Source)))
                .Element("td", status.Watch.OnWatch ? text.Yes : text.No, ("data-watch", status.Watch.OnWatch ? "true" : "false")),
                ("data-area", status.Area.Code));
        }

        html.Close("tbody").Close("table").Close("section");
    }
}
