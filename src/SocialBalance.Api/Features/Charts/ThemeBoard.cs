using ScottPlot;
using SocialBalance.Analysis.Themes;
using SocialBalance.Api.Features.Ambition;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Charts;

/// <summary>
/// A theme's verdicts in the 2030 ambition as a small board: one row per area (the municipality judged on whether it
/// improves, each Social Balance area on whether its gap narrows), each with a cell in the verdict's colour that says
/// the verdict in words, with a sign (✓, ✗, ?), and what it rests on. The verdicts are those of /api/v1/ambition.
/// </summary>
public static class ThemeBoard
{
    public const string CellClass = "verdict";

    // The board's own coordinates: 100 units across, one unit per row.
    private const double NameRight = 36;
    private const double CellLeft = 38;
    private const double CellRight = 99;
    private const double RowGap = 0.12;

    public static string Draw(ThemeInfo theme, EvaluatedAmbition ambition, IChartOptions options)
    {
        var words = ChartWords.For(options);
        var (catalogue, assessment) = ambition;
        var rows = assessment.AreaGaps.Prepend(assessment.ReferenceImprovement)
            .Select(area => area.Themes.Single(t => t.ThemeCode == theme.Code))
            .ToList();
        var width = options.WidthOrDefault;
        var height = options.HeightOrDefault;
        var title = words.Name(theme.Name);
        var subtitle = words.AmbitionYears(assessment.BaselineYear, assessment.LatestYear);

        var scale = ChartLayout.Scale(width, height);
        var plot = ChartLayout.NewPlot();
        ChartLayout.Titles(plot, width, scale, title, subtitle);
        var nameSize = 13 * scale;
        var cells = new List<(ThemeVerdict Verdict, CoordinateRect Rect)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var verdict = rows[i];
            var top = rows.Count - i;
            var rect = new CoordinateRect(CellLeft, CellRight, top - 1 + RowGap, top - RowGap);
            cells.Add((verdict, rect));
            var cell = plot.Add.Rectangle(rect.Left, rect.Right, rect.Bottom, rect.Top);
            cell.FillColor = Color.FromHex(ChartPalette.Verdict(verdict.Outcome));
            cell.LineColor = Colors.Black;
            cell.LineWidth = 1;

            Label(plot, words.Name(catalogue.Area(verdict.AreaCode).Name), NameRight, top - 0.5, Alignment.MiddleRight, nameSize);
            Label(plot, words.Verdict(verdict.Label), CellLeft + 1.5, top - 0.5, Alignment.LowerLeft, nameSize + 1).LabelOffsetY = -2;
            Label(plot, Basis(words, verdict), CellLeft + 1.5, top - 0.5, Alignment.UpperLeft, nameSize - 2).LabelOffsetY = 3;
        }

        plot.Axes.SetLimits(0, 100, 0, rows.Count);
        plot.HideGrid();
        // No axes: the board's coordinates mean nothing to a reader. The title panels stay.
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Right, plot.Axes.Top })
        {
            axis.IsVisible = false;
        }

        var svg = plot.GetSvgHtml(width, height);
        var groups = cells.Select(c => new SvgMarkGroup(
            ChartPalette.Verdict(c.Verdict.Outcome),
            CellClass,
            [new("data-area", c.Verdict.AreaCode)],
            [Mark(plot, c.Verdict, c.Rect, words, catalogue)])).ToList();
        var description = ChartSentences.Join([
            words.Say(
                $"Tavle over temaet {title} i ambitionen for 2030, {Years(words, assessment.BaselineYear, assessment.LatestYear)}",
                $"Board of the theme {title} in the 2030 ambition, {Years(words, assessment.BaselineYear, assessment.LatestYear)}"),
            words.Say(
                $"{words.Name(catalogue.Area(assessment.ReferenceAreaCode).Name)} bedømmes på, om kommunen forbedrer sig, og hvert Social Balance-område på, om afstanden til kommunen mindskes",
                $"{words.Name(catalogue.Area(assessment.ReferenceAreaCode).Name)} is judged on whether it improves, each Social Balance area on whether its gap to the municipality narrows"),
            .. rows.Select(v => $"{words.Name(catalogue.Area(v.AreaCode).Name)}: {Plain(words.Verdict(v.Label))} ({Basis(words, v)})")]);
        return SvgPostProcessor.Finish(svg, words.Code, width, height, title, description, groups);
    }

    private static ScottPlot.Plottables.Text Label(Plot plot, string text, double x, double y, Alignment alignment, float size)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartFonts.Family;
        label.LabelFontSize = size;
        label.LabelAlignment = alignment;
        label.LabelFontColor = Colors.Black;
        return label;
    }

    private static SvgMark Mark(Plot plot, ThemeVerdict verdict, CoordinateRect rect, ChartWords words, CatalogueSnapshot catalogue)
    {
        var centre = plot.GetPixel(new Coordinates((rect.Left + rect.Right) / 2, (rect.Bottom + rect.Top) / 2));
        return new SvgMark(
            centre.X,
            centre.Y,
            [
                new("data-area", verdict.AreaCode),
                new("data-verdict", verdict.Label),
                new("data-outcome", verdict.Outcome.ToCode()),
            ],
            $"{words.Name(catalogue.Area(verdict.AreaCode).Name)}: {Plain(words.Verdict(verdict.Label))}");
    }

    /// <summary>What the verdict rests on: how many indicators met the criterion of those with figures, and those without.</summary>
    private static string Basis(ChartWords words, ThemeVerdict verdict)
    {
        var withFigures = verdict.Considered - verdict.Insufficient;
        if (verdict.Considered == 0)
        {
            return words.Say("ingen indikatorer, der bedømmes", "no judged indicators");
        }

        var met = verdict.Criterion == VerdictCriterion.Improving
            ? words.Say($"{verdict.Improved} af {withFigures} indikatorer forbedret", $"{verdict.Improved} of {withFigures} indicators improved")
            : words.Say($"{verdict.Narrowed} af {withFigures} afstande mindsket", $"{verdict.Narrowed} of {withFigures} gaps narrowed");
        return verdict.Insufficient == 0
            ? met
            : met + words.Say($", {verdict.Insufficient} uden tal", $", {verdict.Insufficient} without figures");
    }

    private static string Years(ChartWords words, int baseline, int? year) =>
        year is { } y ? $"{baseline}–{y}" : words.Say($"{baseline} til seneste år med tal", $"{baseline} to the latest year with figures");

    /// <summary>The verdict's words without the sign, for a sentence.</summary>
    private static string Plain(string verdict) => verdict[2..];
}
