using System.Security.Cryptography;
using System.Text;
using SocialBalance.Api.Tests.Features.Writes;

namespace SocialBalance.Api.Tests.Features.StatusPage;

/// <summary>
/// The status page's HTTP behaviour: it goes through the answer cache and conditional GETs like every read, changes
/// with the data, carries its own strict content policy (the API's stays as strict as it was), refuses a language it
/// does not have, and is a well-formed, accessible document (landmarks, headings, captions, header scopes, sized charts
/// that answer).
/// </summary>
public abstract partial class StatusPageTests<TDatabase>
{
    [SkippableFact]
    public async Task The_page_has_an_etag_answers_304_and_is_kept_until_the_data_changes()
    {
        using var first = await Client.GetAsync("/?lang=en");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());

        using var repeated = await Client.GetAsync("/?lang=en");
        Assert.Equal("SocialBalance.Api; hit", string.Join(", ", repeated.Headers.GetValues("Cache-Status")));
        Assert.Equal(etag, repeated.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeated.Content.ReadAsStringAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/?lang=en");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var danish = await Client.GetAsync("/");
        Assert.NotEqual(etag, danish.Headers.ETag);
    }

    [SkippableFact]
    public async Task A_write_changes_the_page_at_once()
    {
        using var before = await Client.GetAsync("/");
        var etag = before.Headers.ETag!;
        var page = await StatusPageFetch.ParseAsync(before);
        var latest = int.Parse(page.One("#latest-year").GetAttribute("data-year")!, System.Globalization.CultureInfo.InvariantCulture);
        // Gladsaxe's youth-leisure falls in the demo data, so leisure-mix is its one theme not improving.
        Assert.Equal("not-improving", page.One("section[data-theme='leisure-mix'] tr[data-area='gladsaxe'] [data-verdict]").GetAttribute("data-verdict"));

        await AdminClient.PostFiguresAsync(("youth-leisure", "gladsaxe", latest + 1, 95.0));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.IfNoneMatch.Add(etag);
            using var after = await Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.NotEqual(etag, after.Headers.ETag);
            Assert.DoesNotContain("hit", string.Join(", ", after.Headers.GetValues("Cache-Status")), StringComparison.Ordinal);
            var changed = await StatusPageFetch.ParseAsync(after);
            Assert.Equal((latest + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), changed.One("#latest-year").GetAttribute("data-year"));
            var cell = changed.One("section[data-theme='leisure-mix'] tr[data-area='gladsaxe'] [data-verdict]");
            Assert.Equal(("improving", "Forbedres"), (cell.GetAttribute("data-verdict"), cell.Text()));
            var ambition = await GetJsonAsync("/api/v1/ambition");
            var theme = ambition.GetProperty("improvement").GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetProperty("code").GetString() == "leisure-mix");
            Assert.Equal("improving", theme.GetProperty("verdict").GetString());
        }
        finally
        {
            await AdminClient.RetractStandingAsync("youth-leisure", "gladsaxe", latest + 1);
        }

        using var restored = await Client.GetAsync("/");
        Assert.Equal(etag, restored.Headers.ETag);
    }

    [SkippableFact]
    public async Task The_page_has_its_own_strict_content_policy_and_the_apis_is_unchanged()
    {
        using var response = await Client.GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();
        var page = StatusPageFetch.Parse(body);
        var policy = string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

        // The one stylesheet is allowed by its hash, and nothing else runs or loads but the service's own images.
        var style = page.One("head style").TextContent;
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style))) + "'";
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["default-src"] = "'none'",
                ["img-src"] = "'self'",
                ["style-src"] = hash,
                ["frame-ancestors"] = "'none'",
                ["base-uri"] = "'none'",
                ["form-action"] = "'none'",
            },
            directives);
        Assert.Empty(page.QuerySelectorAll("script, [style], link[rel=stylesheet], iframe, form"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.Equal("nosniff", string.Join(", ", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(", ", response.Headers.GetValues("X-Frame-Options")));

        using var api = await Client.GetAsync("/api/v1/areas");
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", string.Join(", ", api.Headers.GetValues("Content-Security-Policy")));
    }

    [SkippableTheory]
    [InlineData("/?lang=de")]
    [InlineData("/?lang=DA")]
    [InlineData("/?lang=")]
    [InlineData("/?lang=da&lang=en")]
    public async Task A_language_the_page_does_not_have_is_a_400_naming_lang(string url)
    {
        var problem = await GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Contains("da, en", Assert.Single(ErrorsFor(problem, "lang")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Other_query_parameters_are_ignored_as_links_pick_them_up()
    {
        using var tagged = await Client.GetAsync("/?lang=en&utm_source=newsletter");
        using var plain = await Client.GetAsync("/?lang=en");

        Assert.Equal(await plain.Content.ReadAsStringAsync(), await tagged.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task A_head_request_answers_the_headers_of_the_page_without_it()
    {
        using var get = await Client.GetAsync("/");
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal("text/html; charset=utf-8", head.Content.Headers.ContentType?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [SkippableTheory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task The_page_is_a_structured_document_with_landmarks_captions_scopes_and_sized_images(string lang)
    {
        using var response = await Client.GetAsync($"/?lang={lang}");
        var page = await StatusPageFetch.ParseAsync(response);

        Assert.Equal("html", page.Doctype?.Name);
        Assert.NotEmpty(page.Title!);
        Assert.Equal("width=device-width, initial-scale=1", page.One("meta[name=viewport]").GetAttribute("content"));
        foreach (var landmark in new[] { "body > header", "body > main", "body > footer", "header nav[aria-label]", "h1" })
        {
            page.One(landmark);
        }

        // Headings never skip a level: h1, then h2, h3, h4 below it.
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));

        var tables = page.QuerySelectorAll("table");
        Assert.Equal(2 + 9 + 1, tables.Length);
        Assert.All(tables, table =>
        {
            Assert.NotEmpty(table.One("caption").Text());
            Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        });

        var charts = page.QuerySelectorAll("img");
        Assert.Equal(9, charts.Length);
        Assert.All(charts, img =>
        {
            var theme = img.Closest("section[data-theme]")!.GetAttribute("data-theme");
            Assert.Equal($"/api/v1/charts/themes/{theme}?lang={lang}&width=720&height=360", img.GetAttribute("src"));
            Assert.Equal(("720", "360"), (img.GetAttribute("width"), img.GetAttribute("height")));
            Assert.Contains(img.Closest("section[data-theme]")!.One("h4").Text(), img.GetAttribute("alt"), StringComparison.Ordinal);
        });

        // Each chart answers an SVG in the page's language.
        foreach (var img in charts)
        {
            using var chart = await Client.GetAsync(img.GetAttribute("src"));
            Assert.True(HttpStatusCode.OK == chart.StatusCode, $"{img.GetAttribute("src")}: {(int)chart.StatusCode}");
            Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"xml:lang=\"{lang}\"", await chart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(page.QuerySelectorAll("[aria-labelledby]"), e => page.One("#" + e.GetAttribute("aria-labelledby")));
    }

    [SkippableTheory]
    [InlineData("/favicon.svg")]
    [InlineData("/favicon.ico")]
    public async Task The_site_icon_the_page_links_and_browsers_ask_for_is_an_svg(string path)
    {
        using var page = await Client.GetAsync("/");
        Assert.Equal("/favicon.svg", (await StatusPageFetch.ParseAsync(page)).One("link[rel=icon]").GetAttribute("href"));

        using var icon = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(icon.Headers.ETag);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
