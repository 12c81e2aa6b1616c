using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace SocialBalance.Api.Features.Charts;

/// <summary>One figure of a series: the year it describes and its value.</summary>
public sealed record ChartPoint(int Year, double Value);

/// <summary>One area's line: its figures in year order, its label and how it is drawn.</summary>
public sealed record ChartSeries(string AreaCode, string Label, SeriesStyle Style, IReadOnlyList<ChartPoint> Points);

/// <summary>A chart of values over the years, with the baseline year marked and, for gaps, the zero line.</summary>
public sealed record LineChartSpec(
    ChartWords Words,
    int Width,
    int Height,
    string Title,
    string Subtitle,
    string ValueAxis,
    string ValueUnit,
    int Decimals,
    int BaselineYear,
    string? ZeroLineLabel,
    IReadOnlyList<ChartSeries> Series,
    string Description);

/// <summary>
/// Draws a <see cref="LineChartSpec"/> with ScottPlot: one line with markers per series, a dotted vertical line at the
/// baseline year (labelled), the zero line when asked, whole years on the year axis, numbers in the chart's language,
/// and the legend beneath; then marks each figure's marker in the SVG (<see cref="SvgPostProcessor"/>).
/// </summary>
public static class LineChart
{
    public const string PointClass = "point";

    public static string Render(LineChartSpec spec)
    {
        var words = spec.Words;
        var scale = ChartLayout.Scale(spec.Width, spec.Height);
        var plot = ChartLayout.NewPlot();
        ChartLayout.Titles(plot, spec.Width, scale, spec.Title, spec.Subtitle);
        ChartLayout.Axes(plot, scale, words.Year, spec.ValueAxis);

        var drawn = spec.Series.Where(s => s.Points.Count > 0).ToList();
        foreach (var series in drawn)
        {
            var scatter = plot.Add.Scatter(
                series.Points.Select(p => (double)p.Year).ToArray(), series.Points.Select(p => p.Value).ToArray());
            scatter.LegendText = series.Label;
            scatter.Color = Color.FromHex(series.Style.Color);
            scatter.LineWidth = series.Style.LineWidth * Math.Max(scale, 0.85f);
            scatter.LinePattern = series.Style.Line;
            scatter.MarkerShape = series.Style.Marker;
            scatter.MarkerSize = series.Style.MarkerSize * Math.Max(scale, 0.85f);
            scatter.MarkerLineWidth = 1.5f;
        }

        if (spec.ZeroLineLabel is { } zero)
        {
            var line = plot.Add.HorizontalLine(0, 1.5f, Colors.Black);
            line.LegendText = zero;
        }

        // Labelled on the line itself (BaselineLabel), so the legend keeps its room for the areas.
        plot.Add.VerticalLine(spec.BaselineYear, 1.5f, Color.FromHex(ChartPalette.Guide), LinePattern.Dotted);

        var years = drawn.SelectMany(s => s.Points.Select(p => p.Year)).Append(spec.BaselineYear).ToList();
        YearAxis(plot, years.Min(), years.Max(), spec.Width);
        ValueTicks(plot, words.Culture);
        if (drawn.Count == 0)
        {
            plot.Axes.SetLimitsY(0, 1);
            plot.Axes.Left.TickLabelStyle.IsVisible = false;
            var empty = plot.Add.Text(words.NoFigures, spec.BaselineYear, 0.5);
            empty.LabelFontName = ChartFonts.Family;
            empty.LabelFontSize = 16 * scale;
            empty.LabelAlignment = Alignment.MiddleCenter;
        }
        else
        {
            plot.Axes.AutoScaleY();
            if (spec.ZeroLineLabel is not null)
            {
                // The zero line is the point of a gap chart: always in view, with room around it.
                var limits = plot.Axes.GetLimits();
                var room = Math.Max(limits.Top - limits.Bottom, 1) * 0.05;
                plot.Axes.SetLimitsY(Math.Min(limits.Bottom, -room), Math.Max(limits.Top, room));
            }
        }

        BaselineLabel(plot, spec.BaselineYear, words, scale);
        if (drawn.Count > 0 || spec.ZeroLineLabel is not null)
        {
            // ScottPlot draws nothing at all beside a legend without items.
            ChartLayout.LegendBelow(plot, scale);
        }

        var svg = plot.GetSvgHtml(spec.Width, spec.Height);
        var groups = drawn.Select(series => new SvgMarkGroup(
            series.Style.Color,
            PointClass,
            [new("data-area", series.AreaCode)],
            series.Points.Select(point => Mark(plot, series, point, spec)).ToList())).ToList();
        return SvgPostProcessor.Finish(svg, words.Code, spec.Width, spec.Height, spec.Title, spec.Description, groups);
    }

    private static SvgMark Mark(Plot plot, ChartSeries series, ChartPoint point, LineChartSpec spec)
    {
        var pixel = plot.GetPixel(new Coordinates(point.Year, point.Value));
        return new SvgMark(
            pixel.X,
            pixel.Y,
            [
                new("data-area", series.AreaCode),
                new("data-year", point.Year.ToString(CultureInfo.InvariantCulture)),
                new("data-value", point.Value.ToString("R", CultureInfo.InvariantCulture)),
            ],
            $"{series.Label}, {point.Year}: {spec.Words.Number(point.Value, spec.Decimals)} {spec.ValueUnit}".TrimEnd());
    }

    /// <summary>Whole years only, as many as fit the width without their labels running into each other.</summary>
    private static void YearAxis(Plot plot, int first, int last, int width)
    {
        var fitting = Math.Max(2, (width - 100) / 48);
        var step = Math.Max(1, (int)Math.Ceiling((last - first + 1) / (double)fitting));
        var ticks = Enumerable.Range(0, ((last - first) / step) + 1)
            .Select(i => first + (i * step))
            .Select(year => new Tick(year, year.ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks);
        plot.Axes.SetLimitsX(first - 0.5, last + 0.5);
    }

    private static void ValueTicks(Plot plot, CultureInfo culture) =>
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = value => value.ToString("#,##0.###", culture) };

    /// <summary>The baseline's words at the top of its line, inside the data area, on white so the grid passes beneath.</summary>
    private static void BaselineLabel(Plot plot, int year, ChartWords words, float scale)
    {
        var top = plot.Axes.GetLimits().Top;
        var label = plot.Add.Text(words.Baseline(year), year, top);
        label.LabelFontName = ChartFonts.Family;
        label.LabelFontSize = 11 * scale;
        label.LabelAlignment = Alignment.UpperLeft;
        label.LabelOffsetX = 4;
        label.LabelOffsetY = 3;
        label.LabelFontColor = Colors.Black;
        label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        // Beneath the lines and markers: a figure is never hidden behind the label.
        plot.MoveToBack(label);
    }
}
