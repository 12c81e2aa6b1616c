using System.Text;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>
/// The site's icon, a pair of scales in the page's colour, as SVG. The page links it; browsers ask for
/// <c>/favicon.ico</c> on their own when they show something without a link (a chart opened directly), so both paths
/// answer it.
/// </summary>
internal static class SiteIcon
{
    public const string LinkedPath = "/favicon.svg";

    public const string BrowserPath = "/favicon.ico";

    public const string MediaType = "image/svg+xml";

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes("""
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00456b"/><g fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M16 6v19M10 25h12M7 10h18"/><path d="M7 10l-3.5 8h7zM25 10l-3.5 8h7z"/></g></svg>
        """);
}
