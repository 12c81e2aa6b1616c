using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SocialBalance.Api.Features.Charts;

/// <summary>A shape ScottPlot drew for one figure or verdict, where it should be, and what to say about it.</summary>
/// <param name="X">The pixel the shape is centred on, from the plot's own coordinate transform.</param>
/// <param name="Y">Likewise, downwards.</param>
/// <param name="Attributes">Attributes to add (<c>data-year</c>, …).</param>
/// <param name="Title">The shape's tooltip and accessible name, when the SVG is opened on its own.</param>
public sealed record SvgMark(double X, double Y, IReadOnlyList<KeyValuePair<string, string>> Attributes, string Title);

/// <summary>
/// The shapes of one plottable (a series' markers, a verdict's cell), drawn in one colour as the last shapes of that
/// colour in the plottable's group; <paramref name="Class"/> goes on each shape, <paramref name="GroupAttributes"/> on
/// the group.
/// </summary>
public sealed record SvgMarkGroup(
    string Color, string Class, IReadOnlyList<KeyValuePair<string, string>> GroupAttributes, IReadOnlyList<SvgMark> Marks);

/// <summary>
/// Turns the SVG ScottPlot writes into one a web page can embed and a screen reader can read: the root says it is an
/// image (<c>role="img"</c>) labelled by a first-child <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> in the chart's
/// language (<c>xml:lang</c>), it scales (<c>viewBox</c>), its text asks for the measured font with close fallbacks,
/// and each figure's marker carries its area, year and value, so a program (or a test) can find and count them.
/// </summary>
public static partial class SvgPostProcessor
{
    public const string TitleId = "chart-title";
    public const string DescriptionId = "chart-desc";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>How far a shape's centre may lie from where its figure is (a triangle's box is not centred on its point).</summary>
    private const double Tolerance = 5;

    public static string Finish(
        string svg, string language, int width, int height, string title, string description, IReadOnlyList<SvgMarkGroup> groups)
    {
        var document = XDocument.Parse(svg, LoadOptions.PreserveWhitespace);
        var root = document.Root ?? throw new InvalidOperationException("ScottPlot wrote no SVG element.");
        // A render that fails inside ScottPlot leaves a blank page; every chart has at least its title to draw.
        if (!root.Descendants(Svg + "text").Any())
        {
            throw new InvalidOperationException("ScottPlot drew nothing, not even the title.");
        }

        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", $"{TitleId} {DescriptionId}");
        root.SetAttributeValue(XNamespace.Xml + "lang", language);
        root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        root.AddFirst(
            new XElement(Svg + "title", new XAttribute("id", TitleId), title),
            new XElement(Svg + "desc", new XAttribute("id", DescriptionId), description));

        foreach (var text in root.Descendants().Where(e => e.Attribute("font-family")?.Value == ChartFonts.Family))
        {
            text.SetAttributeValue("font-family", ChartFonts.SvgFamily);
        }

        NumberClipPaths(root);
        Mark(root, groups);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    /// <summary>
    /// Names the clip paths by their order in the document. The SVG writer numbers them from a counter that lives as long
    /// as the process, so the same chart would otherwise come out in other bytes (another ETag) each time it is drawn,
    /// and differently on every instance.
    /// </summary>
    private static void NumberClipPaths(XElement root)
    {
        var names = root.Descendants(Svg + "clipPath")
            .Select(c => c.Attribute("id"))
            .OfType<XAttribute>()
            .Select((id, i) => (Id: id, Old: id.Value, New: string.Create(CultureInfo.InvariantCulture, $"clip{i + 1}")))
            .ToList();
        var renamed = names.ToDictionary(n => $"url(#{n.Old})", n => $"url(#{n.New})", StringComparer.Ordinal);
        foreach (var (id, _, name) in names)
        {
            id.Value = name;
        }

        foreach (var reference in root.Descendants().Attributes("clip-path"))
        {
            reference.Value = renamed.GetValueOrDefault(reference.Value, reference.Value);
        }
    }

    /// <summary>
    /// Finds each group's shapes: the first plottable group, in drawing order and not yet taken, whose last shapes of the
    /// group's colour lie where the figures are. A figure whose shape is not found is a fault of the chart, never hidden.
    /// </summary>
    private static void Mark(XElement root, IReadOnlyList<SvgMarkGroup> groups)
    {
        var plottables = root.Descendants(Svg + "g").Where(g => g.Attribute("clip-path") is not null).ToList();
        var taken = new HashSet<XElement>();
        foreach (var group in groups.Where(g => g.Marks.Count > 0))
        {
            var color = Normalize(group.Color);
            var found = plottables
                .Where(g => !taken.Contains(g))
                .Select(g => (Group: g, Shapes: g.Elements().Where(e => Paint(e) == color).TakeLast(group.Marks.Count).ToList()))
                .FirstOrDefault(c => c.Shapes.Count == group.Marks.Count
                    && c.Shapes.Zip(group.Marks).All(pair => IsAt(pair.First, pair.Second)));
            if (found.Group is null)
            {
                throw new InvalidOperationException(
                    $"The chart has no shapes of {group.Color} where its {group.Marks.Count} figure(s) of class '{group.Class}' are.");
            }

            taken.Add(found.Group);
            foreach (var (name, value) in group.GroupAttributes)
            {
                found.Group.SetAttributeValue(name, value);
            }

            foreach (var (shape, mark) in found.Shapes.Zip(group.Marks))
            {
                shape.SetAttributeValue("class", group.Class);
                foreach (var (name, value) in mark.Attributes)
                {
                    shape.SetAttributeValue(name, value);
                }

                shape.Add(new XElement(Svg + "title", mark.Title));
            }
        }
    }

    /// <summary>The colour a shape is painted in: its fill (black when none is named, as SVG says), or its stroke when unfilled.</summary>
    private static string Paint(XElement shape)
    {
        if (shape.Name.Namespace != Svg || shape.Name.LocalName is not ("rect" or "ellipse" or "circle" or "path" or "polygon"))
        {
            return "";
        }

        var fill = shape.Attribute("fill")?.Value ?? "black";
        return Normalize(fill == "none" ? shape.Attribute("stroke")?.Value ?? "none" : fill);
    }

    /// <summary>One spelling per colour: the SVG writer shortens <c>#DDDDDD</c> to <c>#DDD</c> and names black and white.</summary>
    private static string Normalize(string color) => color.ToLowerInvariant() switch
    {
        "black" => "#000000",
        "white" => "#ffffff",
        ['#', var r, var g, var b] => $"#{r}{r}{g}{g}{b}{b}",
        var other => other,
    };

    private static bool IsAt(XElement shape, SvgMark mark) =>
        Centre(shape) is { } centre && Math.Abs(centre.X - mark.X) <= Tolerance && Math.Abs(centre.Y - mark.Y) <= Tolerance;

    private static (double X, double Y)? Centre(XElement shape)
    {
        double Number(string name) => double.Parse(shape.Attribute(name)?.Value ?? "0", CultureInfo.InvariantCulture);
        switch (shape.Name.LocalName)
        {
            case "rect":
                return (Number("x") + (Number("width") / 2), Number("y") + (Number("height") / 2));
            case "ellipse" or "circle":
                return (Number("cx"), Number("cy"));
            default:
                // A marker's outline is straight segments in absolute coordinates; the middle of their extent is its centre.
                var numbers = Coordinate().Matches(shape.Attribute("d")?.Value ?? shape.Attribute("points")?.Value ?? "")
                    .Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
                if (numbers.Count < 2)
                {
                    return null;
                }

                var xs = numbers.Where((_, i) => i % 2 == 0).ToList();
                var ys = numbers.Where((_, i) => i % 2 == 1).ToList();
                return ((xs.Min() + xs.Max()) / 2, (ys.Min() + ys.Max()) / 2);
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][-+]?\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Coordinate();
}
