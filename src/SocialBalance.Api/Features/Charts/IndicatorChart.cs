using SocialBalance.Analysis.Observations;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Charts;

/// <summary>
/// An indicator's yearly figures in the chosen areas, the reference area in black, thicker and dashed: the figures
/// /api/v1/observations shows for the same indicator and areas, each a marker.
/// </summary>
public static class IndicatorChart
{
    public static string Draw(
        IndicatorInfo indicator, string reference, IReadOnlyList<string> areas, int baseline,
        ObservationTable figures, CatalogueSnapshot catalogue, IChartOptions options)
    {
        var words = ChartWords.For(options);
        // The reference first: beneath the areas' lines, and first in the legend.
        var series = areas
            .Select((area, i) => Series(figures, indicator, area, words.Name(catalogue.Area(area).Name), ChartPalette.Area(i)))
            .Prepend(Series(figures, indicator, reference, words.ReferenceLabel(words.Name(catalogue.Area(reference).Name)), ChartPalette.Reference))
            .ToList();

        var name = words.Name(indicator.Name);
        var direction = words.GoodDirection(indicator.Direction);
        var unit = words.UnitAfterFigure(indicator.Unit);
        var description = ChartSentences.Join(
            words.Say(
                $"Linjediagram over {name} ({words.ValueAxis(indicator.Unit)}) pr. år",
                $"Line chart of {name} ({words.ValueAxis(indicator.Unit)}) by year"),
            words.Say("Områder: ", "Areas: ") + ChartSentences.List(words, series.Select(s => s.Label).ToList()),
            series.Any(s => s.Points.Count > 0)
                ? words.Say($"År: {ChartSentences.Years(series)}", $"Years: {ChartSentences.Years(series)}")
                : words.Say("Der er ingen tal for disse områder", "There are no figures for these areas"),
            words.Say("Seneste tal: ", "Latest figures: ") + ChartSentences.Latest(words, series, indicator.Decimals, unit),
            words.Say($"Basisåret {baseline} er markeret med en lodret linje", $"The baseline year {baseline} is marked by a vertical line"),
            direction);

        return LineChart.Render(new LineChartSpec(
            words,
            options.WidthOrDefault,
            options.HeightOrDefault,
            name,
            direction,
            words.ValueAxis(indicator.Unit),
            unit,
            indicator.Decimals,
            baseline,
            ZeroLineLabel: null,
            series,
            description));
    }

    private static ChartSeries Series(ObservationTable figures, IndicatorInfo indicator, string area, string label, SeriesStyle style) =>
        new(area, label, style, figures.Series(indicator.Code, area).Select(p => new ChartPoint(p.Year, p.Value)).ToList());
}
