using ScottPlot;

namespace SocialBalance.Api.Features.Charts;

/// <summary>What every chart shares in its frame: the font, a title and subtitle that fit the width, the legend.</summary>
public static class ChartLayout
{
    // DejaVu Sans averages a little under 0.6 em a character in mixed text.
    private const double CharacterWidth = 0.6;

    /// <summary>A plot drawn only in the carried font.</summary>
    public static Plot NewPlot()
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        plot.Legend.FontName = ChartFonts.Family;
        plot.Legend.SetBestFontOnEachRender = false;
        return plot;
    }

    /// <summary>
    /// How much larger or smaller than at 800 × 450 the chart's text and markers are: a small image keeps room for its
    /// data, a large one stays readable when shown large.
    /// </summary>
    public static float Scale(int width, int height) => Math.Clamp(Math.Min(width / 800f, height / 450f), 0.7f, 1.6f);

    /// <summary>The title, and a subtitle in a panel of its own beneath it, each fitted to the width (smaller, then wrapped).</summary>
    public static void Titles(Plot plot, int width, float scale, string title, string subtitle)
    {
        var (titleText, titleSize) = Fit(title, width, largest: 17 * scale, smallest: 11 * scale);
        plot.Title(titleText);
        plot.Axes.Title.Label.FontSize = titleSize;
        plot.Axes.Title.Label.FontName = ChartFonts.Family;
        plot.Axes.Title.Label.Bold = false;

        var (subtitleText, subtitleSize) = Fit(subtitle, width, largest: 12 * scale, smallest: 9 * scale);
        var panel = new ScottPlot.Panels.TitlePanel();
        panel.Label.Text = subtitleText;
        panel.Label.FontSize = subtitleSize;
        panel.Label.FontName = ChartFonts.Family;
        panel.Label.Bold = false;
        panel.Label.ForeColor = Colors.Black.WithAlpha(0.8);
        plot.Axes.AddPanel(panel);
    }

    /// <summary>The legend beneath the data, where it never covers a figure.</summary>
    public static void LegendBelow(Plot plot, float scale)
    {
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 12 * scale;
        plot.Legend.SymbolWidth = 20 * scale;
        plot.Legend.Padding = new PixelPadding(4 * scale);
        plot.Legend.InterItemPadding = new PixelPadding(4 * scale, 2 * scale);
    }

    /// <summary>Axis labels and tick labels at the chart's scale.</summary>
    public static void Axes(Plot plot, float scale, string x, string y)
    {
        plot.XLabel(x, 13 * scale);
        plot.YLabel(y, 13 * scale);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12 * scale;
        plot.Axes.Left.TickLabelStyle.FontSize = 12 * scale;
    }

    /// <summary>
    /// Text at the largest size from <paramref name="largest"/> down to <paramref name="smallest"/> that keeps it on one
    /// line; past that, wrapped between words at the smallest size.
    /// </summary>
    public static (string Text, float Size) Fit(string text, int width, float largest, float smallest)
    {
        var room = width - 24;
        int PerLine(float size) => Math.Max(8, (int)(room / (CharacterWidth * size)));
        if (text.Length <= PerLine(largest))
        {
            return (text, largest);
        }

        var fitting = (float)(room / (CharacterWidth * text.Length));
        return fitting >= smallest ? (text, fitting) : (Wrap(text, PerLine(smallest)), smallest);
    }

    private static string Wrap(string text, int perLine)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > perLine)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return string.Join('\n', lines);
    }
}
