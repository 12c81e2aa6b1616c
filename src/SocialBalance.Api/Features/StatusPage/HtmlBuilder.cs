using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>
/// Writes HTML with every text and attribute value encoded, so a name from the database (an area, a theme) can never
/// become markup. Tags and attribute names come from code only.
/// </summary>
internal sealed class HtmlBuilder
{
    // Every letter as itself (æ, ø, å stay readable); only what HTML gives a meaning (< > & " ' and the like) is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder html = new();

    /// <summary>Markup written by the code itself, never data.</summary>
    public HtmlBuilder Markup(string markup)
    {
        html.Append(markup);
        return this;
    }

    public HtmlBuilder Text(string text)
    {
        html.Append(Encoder.Encode(text));
        return this;
    }

    /// <summary>An opening tag; attributes whose value is null are left out.</summary>
    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }

        html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlBuilder Element(string tag, string text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An element holding whatever <paramref name="content"/> writes.</summary>
    public HtmlBuilder Element(string tag, Action<HtmlBuilder> content, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        content(this);
        return Close(tag);
    }

    public HtmlBuilder Line()
    {
        html.Append('\n');
        return this;
    }

    public override string ToString() => html.ToString();
}
