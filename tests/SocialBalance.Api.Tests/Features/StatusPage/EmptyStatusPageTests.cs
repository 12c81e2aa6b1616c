using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.StatusPage;

/// <summary>A fresh database without figures: the page still answers, says there are none, and judges nothing.</summary>
public abstract class EmptyStatusPageTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData("da", "Der er ingen tal endnu.", "Uden tal kan listestatus ikke beregnes endnu.")]
    [InlineData("en", "There are no figures yet.", "Without figures the list status cannot be computed yet.")]
    public async Task Without_figures_the_page_says_so_and_every_verdict_is_insufficient_data(string lang, string noFigures, string noList)
    {
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM observation"));

        using var response = await Client.GetAsync($"/?lang={lang}");
        var page = await StatusPageFetch.ParseAsync(response);

        Assert.Equal(noFigures, page.One("#latest-year").Text());
        Assert.Null(page.One("#latest-year").GetAttribute("data-year"));
        Assert.Empty(page.QuerySelectorAll("#list-status"));
        Assert.Equal(noList, page.One("#lists").ParentElement!.One("p").Text());
        Assert.Equal("insufficient-data", page.One("#overall-verdict").GetAttribute("data-verdict"));
        Assert.All(page.QuerySelectorAll("section[data-theme] [data-verdict]"), v => Assert.Equal("insufficient-data", v.GetAttribute("data-verdict")));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("/api/v1/list-status", StringComparison.Ordinal));
    }
}

public sealed class EmptyStatusPageSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : EmptyStatusPageTests<SqliteTestDatabase>(fixture);

public sealed class EmptyStatusPageSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : EmptyStatusPageTests<SqlServerTestDatabase>(fixture);
