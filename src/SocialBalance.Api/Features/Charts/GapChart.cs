using SocialBalance.Analysis;
using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Observations;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Charts;

/// <summary>
/// Each area's gap to the reference area over the years, for one indicator: in every year both have a figure, the
/// shortfall as /api/v1/comparisons computes it (positive = behind), or the difference area − reference for a neutral
/// indicator, which has no good direction. The zero line is where an area is level with the reference.
/// </summary>
public static class GapChart
{
    public static string Draw(
        IndicatorInfo indicator, string reference, IReadOnlyList<string> areas, int baseline,
        ObservationTable figures, CatalogueSnapshot catalogue, IChartOptions options)
    {
        var words = ChartWords.For(options);
        var referenceName = words.Name(catalogue.Area(reference).Name);
        var series = areas
            .Select((area, i) => new ChartSeries(area, words.Name(catalogue.Area(area).Name), ChartPalette.Area(i), Gaps(figures, indicator, area, reference)))
            .ToList();

        var name = words.Name(indicator.Name);
        var unit = words.DifferenceUnit(indicator.Unit);
        var rule = words.GapRule(indicator.Direction);
        var description = ChartSentences.Join(
            words.Say(
                $"Linjediagram over afstanden til {referenceName} for {name} pr. år",
                $"Line chart of the gap to {referenceName} for {name} by year"),
            words.Say("Områder: ", "Areas: ") + ChartSentences.List(words, series.Select(s => s.Label).ToList()),
            series.Any(s => s.Points.Count > 0)
                ? words.Say($"År med tal for både område og reference: {ChartSentences.Years(series)}", $"Years with figures for both area and reference: {ChartSentences.Years(series)}")
                : words.Say("Der er ingen år med tal for både områderne og referencen", "There is no year with figures for both the areas and the reference"),
            rule,
            words.Say("Seneste afstand: ", "Latest gap: ") + string.Join("; ", series.Select(s => Latest(words, s, baseline, indicator.Decimals, unit))),
            words.Say(
                $"Basisåret {baseline} er markeret med en lodret linje, nul-linjen med en vandret",
                $"The baseline year {baseline} is marked by a vertical line, zero by a horizontal one"));

        return LineChart.Render(new LineChartSpec(
            words,
            options.WidthOrDefault,
            options.HeightOrDefault,
            words.GapTitle(name, referenceName),
            rule,
            words.GapAxis(indicator.Direction, indicator.Unit),
            unit,
            indicator.Decimals,
            baseline,
            words.ZeroLine(referenceName),
            series,
            description));
    }

    /// <summary>The shortfall (or, neutral, the difference) in each year both areas have a figure.</summary>
    private static List<ChartPoint> Gaps(ObservationTable figures, IndicatorInfo indicator, string area, string reference) =>
        figures.Series(indicator.Code, area)
            .Select(point => (point.Year, Area: point.Value, Reference: figures.Find(indicator.Code, reference, point.Year)))
            .Where(f => f.Reference is not null)
            .Select(f => ShortfallCalculator.Measure(indicator.Direction, f.Year, f.Area, f.Reference!.Value))
            .Select(m => new ChartPoint(m.Year, indicator.Direction == Direction.Neutral ? m.Difference : m.Shortfall!.Value))
            .ToList();

    private static string Latest(ChartWords words, ChartSeries series, int baseline, int decimals, string unit)
    {
        if (series.Points.Count == 0)
        {
            return $"{series.Label}: {words.Say("ingen år at sammenligne", "no year to compare")}";
        }

        var latest = series.Points[^1];
        var text = $"{series.Label} {ChartSentences.Figure(words, latest.Value, decimals, unit)} ({latest.Year}";
        return series.Points.FirstOrDefault(p => p.Year == baseline) is { } atBaseline && atBaseline != latest
            ? text + words.Say($"; i basisåret: {ChartSentences.Figure(words, atBaseline.Value, decimals, unit)})", $"; in the baseline year: {ChartSentences.Figure(words, atBaseline.Value, decimals, unit)})")
            : text + ")";
    }
}
