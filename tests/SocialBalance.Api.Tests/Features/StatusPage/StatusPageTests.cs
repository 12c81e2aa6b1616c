using System.Text;
using AngleSharp.Html.Dom;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.StatusPage;

/// <summary>
/// The status page at <c>/</c> on the demo data, parsed as HTML: every verdict it writes is the one
/// <c>/api/v1/ambition</c> gives (code and words), every list status the one <c>/api/v1/list-status</c> gives, in
/// Danish and in English. Its HTTP behaviour (caching, a write, the content policy, refusals) is in the other part.
/// </summary>
public abstract partial class StatusPageTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task<IHtmlDocument> PageAsync(string lang)
    {
        using var response = await Client.GetAsync(lang == "da" ? "/" : $"/?lang={lang}");
        return await StatusPageFetch.ParseAsync(response);
    }

    private static string Name(JsonElement named, string lang) => named.GetProperty("name").GetProperty(lang).GetString()!;

    private static string Code(JsonElement named) => named.GetProperty("code").GetString()!;

    [SkippableTheory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Every_verdict_is_the_ambitions_in_code_and_words(string lang)
    {
        var page = await PageAsync(lang);
        var ambition = await GetJsonAsync("/api/v1/ambition");

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        var overall = page.One("#overall-verdict");
        Assert.Equal(ambition.GetProperty("outcome").GetString(), overall.GetAttribute("data-verdict"));
        Assert.Equal(StatusPageWords.For(lang, overall.GetAttribute("data-verdict")!), overall.Text());

        // The areas: part (a), the municipality, and part (b), each Social Balance area.
        var areas = ambition.GetProperty("gapsShrink").EnumerateArray().Prepend(ambition.GetProperty("improvement")).ToList();
        Assert.Equal(areas.Select(a => Code(a.GetProperty("area"))), page.QuerySelectorAll("#area-verdicts tbody tr").Select(r => r.GetAttribute("data-area")));
        foreach (var area in areas)
        {
            var row = page.One($"#area-verdicts tr[data-area='{Code(area.GetProperty("area"))}']");
            // The name, then what the area is measured by on a line of its own.
            Assert.Equal(Name(area.GetProperty("area"), lang), row.One("th").FirstChild!.TextContent);
            AssertVerdict(lang, area.GetProperty("outcome").GetString()!, row.One("[data-verdict]"));
        }

        // The effect goals, in the summary table and as the heading of their themes.
        var goals = ambition.GetProperty("effectGoals").EnumerateArray().ToList();
        Assert.Equal(goals.Select(g => Code(g.GetProperty("effectGoal"))), page.QuerySelectorAll("#goal-verdicts tbody tr").Select(r => r.GetAttribute("data-effect-goal")));
        foreach (var goal in goals)
        {
            var code = Code(goal.GetProperty("effectGoal"));
            var row = page.One($"#goal-verdicts tr[data-effect-goal='{code}']");
            Assert.Equal(Name(goal.GetProperty("effectGoal"), lang), row.One("th a").Text());
            AssertVerdict(lang, goal.GetProperty("outcome").GetString()!, row.One("[data-verdict]"));
            var section = page.One($"section[data-effect-goal='{code}']");
            Assert.Equal(Name(goal.GetProperty("effectGoal"), lang), section.One("h3").Text());
            AssertVerdict(lang, goal.GetProperty("outcome").GetString()!, section.QuerySelector("p [data-verdict]")!);
            Assert.Equal(goal.GetProperty("themes").EnumerateArray().Select(Code), section.QuerySelectorAll("section[data-theme]").Select(s => s.GetAttribute("data-theme")));
        }

        // Every theme, for every area: the verdict word (improving, gap-narrowing, …), not only met or not.
        var themes = 0;
        foreach (var area in areas)
        {
            foreach (var theme in area.GetProperty("themes").EnumerateArray())
            {
                var section = page.One($"section[data-theme='{Code(theme.GetProperty("theme"))}']");
                Assert.Equal(Name(theme.GetProperty("theme"), lang), section.One("h4").Text());
                var cell = section.One($"tr[data-area='{Code(area.GetProperty("area"))}'] [data-verdict]");
                var verdict = theme.GetProperty("verdict").GetString()!;
                Assert.Equal(verdict, cell.GetAttribute("data-verdict"));
                Assert.Equal(StatusPageWords.For(lang, verdict), cell.Text());
                themes++;
            }
        }

        Assert.Equal(9 * 4, themes);
        Assert.Equal(themes, page.QuerySelectorAll("section[data-theme] tbody [data-verdict]").Length);
    }

    private static void AssertVerdict(string lang, string outcome, AngleSharp.Dom.IElement element)
    {
        Assert.Equal(outcome, element.GetAttribute("data-verdict"));
        Assert.Equal(StatusPageWords.For(lang, outcome), element.Text());
    }

    [SkippableTheory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task The_ambition_is_in_the_councils_words_and_in_english_said_to_be_a_translation(string lang)
    {
        var page = await PageAsync(lang);
        var words = (await GetJsonAsync("/api/v1/ambition")).GetProperty("ambition");

        Assert.Equal(words.GetProperty(lang).GetString(), page.One("#council-ambition").Text());
        Assert.Contains("Hele Gladsaxe kommune skal forbedre sig på alle ni temaer", words.GetProperty("da").GetString(), StringComparison.Ordinal);
        if (lang == "en")
        {
            var note = page.One("#council-ambition + p.note");
            Assert.StartsWith("Translated from Danish.", note.Text(), StringComparison.Ordinal);
            var original = note.One("q");
            Assert.Equal("da", original.GetAttribute("lang"));
            Assert.Equal(words.GetProperty("da").GetString(), original.Text());
            Assert.Equal("The City Council's ambition for 2030", page.One("#ambition").Text());
        }
        else
        {
            Assert.Empty(page.QuerySelectorAll("#council-ambition + p.note"));
            Assert.Equal("Byrådets ambition for 2030", page.One("#ambition").Text());
        }
    }

    [SkippableFact]
    public async Task The_latest_year_is_the_newest_year_of_the_figures_shown()
    {
        var page = await PageAsync("da");
        var ambition = await GetJsonAsync("/api/v1/ambition");

        var shown = ambition.GetProperty("gapsShrink").EnumerateArray().Prepend(ambition.GetProperty("improvement"))
            .SelectMany(a => a.GetProperty("themes").EnumerateArray())
            .SelectMany(t => t.GetProperty("trends").EnumerateArray().Concat(t.GetProperty("gaps").EnumerateArray()))
            .Select(x => x.GetProperty("latestYear"))
            .Where(y => y.ValueKind == JsonValueKind.Number)
            .Max(y => y.GetInt32());
        // The municipality's newest figure: every verdict compares with it.
        var newest = await ScalarAsync("SELECT MAX(year) FROM observation WHERE area_code = 'gladsaxe' AND retracted_at IS NULL");

        var latest = page.One("#latest-year");
        Assert.Equal(shown, newest);
        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), latest.GetAttribute("data-year"));
        Assert.Equal(latest.GetAttribute("data-year"), latest.Text());
    }

    [SkippableTheory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task The_list_statuses_are_those_of_the_list_computed_from_the_latest_year(string lang)
    {
        var page = await PageAsync(lang);
        var latest = int.Parse(page.One("#latest-year").GetAttribute("data-year")!, System.Globalization.CultureInfo.InvariantCulture);
        var table = page.One("#list-status");
        // ListStatus:DataYearLag is 1: the list of 1 December of the year after the latest figures.
        Assert.Equal((latest + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), table.GetAttribute("data-list-year"));
        var lists = await GetJsonAsync($"/api/v1/list-status?year={latest + 1}");
        Assert.Equal(latest, lists.GetProperty("dataYear").GetInt32());

        var areas = lists.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(areas.Select(a => Code(a.GetProperty("area"))), table.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-area")));
        foreach (var status in areas)
        {
            var row = table.One($"tr[data-area='{Code(status.GetProperty("area"))}']");
            Assert.Equal(Name(status.GetProperty("area"), lang), row.One("th").Text());
            var category = row.One("[data-category]");
            Assert.Equal(Code(status.GetProperty("category")), category.GetAttribute("data-category"));
            Assert.Equal(status.GetProperty("outcome").GetString(), category.GetAttribute("data-outcome"));
            if (status.GetProperty("outcome").GetString() == "classified")
            {
                Assert.Equal(Name(status.GetProperty("category"), lang), category.Text());
            }

            Assert.Equal(status.GetProperty("basis").GetProperty("source").GetString(), row.One("[data-basis]").GetAttribute("data-basis"));
            var onWatch = status.GetProperty("watch").GetProperty("onWatch").GetBoolean();
            var watch = row.One("[data-watch]");
            Assert.Equal(onWatch ? "true" : "false", watch.GetAttribute("data-watch"));
            Assert.Equal(lang == "da" ? (onWatch ? "Ja" : "Nej") : (onWatch ? "Yes" : "No"), watch.Text());
        }

        // The demo data's lists name the four housing areas of Gladsaxe.
        Assert.Equal(4, areas.Count);
    }

    [SkippableTheory]
    [InlineData("da", "/?lang=en", "English")]
    [InlineData("en", "/", "Dansk")]
    public async Task The_links_lead_to_the_data_the_documentation_the_contract_and_the_other_language(string lang, string other, string otherName)
    {
        var page = await PageAsync(lang);
        var listYear = page.One("#list-status").GetAttribute("data-list-year");
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "/api/v1/ambition?format=csv",
                "/api/v1/ambition?format=xlsx",
                $"/api/v1/list-status?year={listYear}&format=csv",
                $"/api/v1/list-status?year={listYear}&format=xlsx",
                "/swagger/index.html",
                "/swagger/v1/swagger.json",
                other,
            },
            links);
        var switchLink = page.One("#language-switch");
        Assert.Equal((other, otherName), (switchLink.GetAttribute("href"), switchLink.Text()));

        // The data links answer the data as CSV (its header first) and as a workbook (a ZIP package), each with a file name.
        const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        foreach (var (link, mediaType, start) in new[]
        {
            ("/api/v1/ambition?format=csv", "text/csv", "ambition,part,area"),
            ("/api/v1/ambition?format=xlsx", Workbook, "PK"),
            ($"/api/v1/list-status?year={listYear}&format=csv", "text/csv", "area,list_year"),
            ($"/api/v1/list-status?year={listYear}&format=xlsx", Workbook, "PK"),
        })
        {
            using var data = await Client.GetAsync(link);
            var bytes = await data.Content.ReadAsByteArrayAsync();
            Assert.True(HttpStatusCode.OK == data.StatusCode, $"{link}: {(int)data.StatusCode} {Encoding.UTF8.GetString(bytes)}");
            Assert.Equal(mediaType, data.Content.Headers.ContentType?.MediaType);
            Assert.EndsWith(mediaType == Workbook ? ".xlsx" : ".csv", data.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
            Assert.StartsWith(start, Encoding.UTF8.GetString(bytes, 0, start.Length), StringComparison.Ordinal);
        }

        // The documentation, the contract and the other language answer.
        using (var ui = await Client.GetAsync("/swagger/index.html"))
        {
            Assert.Equal((HttpStatusCode.OK, "text/html"), (ui.StatusCode, ui.Content.Headers.ContentType?.MediaType));
        }

        var contract = await GetJsonAsync("/swagger/v1/swagger.json");
        Assert.StartsWith("3.", contract.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        using var switched = await Client.GetAsync(other);
        Assert.Equal(lang == "da" ? "en" : "da", (await StatusPageFetch.ParseAsync(switched)).DocumentElement.GetAttribute("lang"));
    }
}

public sealed class StatusPageSqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : StatusPageTests<SqliteTestDatabase>(fixture);

public sealed class StatusPageSqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : StatusPageTests<SqlServerTestDatabase>(fixture);
