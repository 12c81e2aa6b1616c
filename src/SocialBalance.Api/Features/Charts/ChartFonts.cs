using ScottPlot;
using SkiaSharp;

namespace SocialBalance.Api.Features.Charts;

/// <summary>
/// The one font the charts are drawn with, DejaVu Sans (Bitstream Vera licence, beside it in Fonts/), carried in the
/// assembly. ScottPlot measures every text with the server's font and the SVG places each glyph where that font puts it,
/// so without a font of its own a chart would depend on what the machine happens to have installed (a slim container
/// has none, and its text would collapse). The SVG names the family with close fallbacks for the reader's browser.
/// </summary>
public static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    /// <summary>What the SVG asks the reader's browser for: the font measured with, else one of like width.</summary>
    public const string SvgFamily = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Geneva, sans-serif";

    private const string Resource = "SocialBalance.Api.Charts.DejaVuSans.ttf";

    private static readonly Lazy<SKData> FontData = new(LoadFont);

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        return true;
    });

    /// <summary>Makes ScottPlot resolve <see cref="Family"/> to the carried font; once per process, before the first chart.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>The carried typeface, as ScottPlot gets it.</summary>
    public static SKTypeface CreateTypeface() => SKTypeface.FromData(FontData.Value)
        ?? throw new InvalidOperationException($"The embedded font {Resource} could not be read.");

    private static SKData LoadFont()
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The font {Resource} is not embedded in the assembly.");
        return SKData.Create(stream);
    }

    /// <summary>Answers <see cref="Family"/> (regular; bold is drawn from it) and leaves every other name to the next resolver.</summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, bold: false, italic: false);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? ChartFonts.CreateTypeface() : null;
    }
}
