using System.Security.Cryptography;
using System.Text;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>
/// The page's one stylesheet, inline in a <c>&lt;style&gt;</c> element, and the content security policy that allows
/// exactly it (by its SHA-256 hash), the service's own images (the charts), and nothing else: no script, no frame, no form.
/// </summary>
internal static class StatusPageStyle
{
    // Colours: text ≥ 7:1 against its background (WCAG AAA); a verdict also says itself in words, never in colour alone.
    public const string Css = """

        :root { color-scheme: light; --ink: #1b1b1b; --muted: #454545; --line: #c9c9c9; --accent: #00456b; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
        header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        header { border-bottom: 4px solid var(--accent); }
        .organisation { margin: 0; font-weight: 600; color: var(--accent); }
        h1 { margin: .25rem 0 .5rem; font-size: 1.9rem; line-height: 1.2; }
        h2 { margin-top: 2.5rem; font-size: 1.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        h3 { margin-top: 2rem; font-size: 1.25rem; }
        h4 { margin: 1.5rem 0 .5rem; font-size: 1.1rem; }
        nav ul { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; list-style: none; margin: .5rem 0 0; padding: 0; }
        a { color: #00446a; text-underline-offset: .15em; }
        a:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
        blockquote { margin: 1rem 0; padding: .75rem 1rem; border-left: 4px solid var(--accent); background: #f2f6f9; font-size: 1.15rem; }
        blockquote p { margin: 0; }
        .note { color: var(--muted); font-size: .95rem; }
        .line { display: block; }
        th .note { font-weight: normal; }
        .summary { font-size: 1.15rem; }
        table { width: 100%; border-collapse: collapse; margin: .75rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: .35rem; }
        th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
        thead th { border-bottom: 2px solid var(--ink); }
        .verdict { display: inline-block; white-space: nowrap; padding: .05rem .45rem; border-radius: .25rem; font-weight: 600; border: 1px solid currentColor; }
        .met { color: #0b4d1d; background: #e4f3e8; }
        .not-met { color: #7d1414; background: #fbe9e9; }
        .insufficient-data { color: #3d3d3d; background: #efefef; }
        figure { margin: .5rem 0 1.5rem; }
        figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
        figcaption { color: var(--muted); font-size: .95rem; margin-top: .25rem; }
        footer { color: var(--muted); border-top: 1px solid var(--line); margin-top: 2rem; }
        @media (max-width: 40rem) {
          h1 { font-size: 1.5rem; }
          th, td { padding: .35rem .25rem; font-size: .95rem; }
          .verdict { white-space: normal; }
        }

        """;

    /// <summary>The policy of the page: its own images, this stylesheet, nothing else.</summary>
    public static readonly string ContentSecurityPolicy =
        "default-src 'none'; img-src 'self'; style-src 'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))
        + "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
}
