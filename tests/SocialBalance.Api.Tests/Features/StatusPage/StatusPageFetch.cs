using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SocialBalance.Api.Tests.Features.StatusPage;

/// <summary>Reads the status page and parses it strictly: an HTML5 parse error fails the test.</summary>
internal static class StatusPageFetch
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(HttpStatusCode.OK == response.StatusCode, $"expected 200, got {response.StatusCode}: {body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return Parse(body);
    }

    /// <summary>Strict mode throws at the first parse error the HTML5 algorithm reports.</summary>
    public static IHtmlDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

    /// <summary>The one element <paramref name="selector"/> finds; fails naming it when there is none or several.</summary>
    public static AngleSharp.Dom.IElement One(this AngleSharp.Dom.IParentNode node, string selector)
    {
        var found = node.QuerySelectorAll(selector);
        Assert.True(found.Length == 1, $"'{selector}' found {found.Length} elements.");
        return found[0];
    }

    public static string Text(this AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
