using System.Globalization;
using System.Xml.Linq;

namespace SocialBalance.Api.Tests.Features.Charts;

/// <summary>A chart answer read as the XML it must be: its accessible name and description, and the figures it marks.</summary>
public sealed class SvgChart
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private SvgChart(XDocument document) => Document = document;

    public XDocument Document { get; }

    public XElement Root => Document.Root!;

    /// <summary>The root's first child: the <c>&lt;title&gt;</c> the root is labelled by.</summary>
    public string Title => Labelling(0, "title");

    /// <summary>The root's second child: the plain-language <c>&lt;desc&gt;</c>.</summary>
    public string Description => Labelling(1, "desc");

    public string? Language => Root.Attribute(XNamespace.Xml + "lang")?.Value;

    /// <summary>Each figure's marker: area, year and value, as the chart marks them.</summary>
    public IReadOnlyList<(string Area, int Year, double Value)> Points =>
        Marked("point")
            .Select(e => (
                e.Attribute("data-area")!.Value,
                int.Parse(e.Attribute("data-year")!.Value, CultureInfo.InvariantCulture),
                double.Parse(e.Attribute("data-value")!.Value, CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Each verdict's cell: area and the verdict's label.</summary>
    public IReadOnlyList<(string Area, string Verdict)> Verdicts =>
        Marked("verdict").Select(e => (e.Attribute("data-area")!.Value, e.Attribute("data-verdict")!.Value)).ToList();

    /// <summary>Every text drawn, trimmed, in drawing order.</summary>
    public IReadOnlyList<string> Texts => Root.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

    public static SvgChart Parse(string svg)
    {
        var document = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", document.Root?.Name);
        return new SvgChart(document);
    }

    /// <summary>Reads an answer that must be a chart: 200, <c>image/svg+xml; charset=utf-8</c>, well-formed SVG.</summary>
    public static async Task<SvgChart> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {response.StatusCode}: {body}");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return Parse(body);
    }

    public IEnumerable<XElement> Marked(string cssClass) =>
        Root.Descendants().Where(e => e.Attribute("class")?.Value.Split(' ').Contains(cssClass) == true);

    private string Labelling(int index, string name)
    {
        var element = Root.Elements().ElementAt(index);
        Assert.Equal(Svg + name, element.Name);
        Assert.Contains(element.Attribute("id")!.Value, Root.Attribute("aria-labelledby")!.Value.Split(' '));
        return element.Value;
    }
}
