namespace SocialBalance.Api.Infrastructure.Database.DemoData;

/// <summary>How the catalogue stores an indicator's figures: its decimals and valid range.</summary>
public sealed class IndicatorFormat
{
    public string Code { get; init; } = "";
    public int Decimals { get; init; }
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
}

/// <summary>One demo figure, ready to insert.</summary>
public sealed record DemoRow(string Indicator, string Area, int Year, double Value, string Status, string Source, string? Note);

/// <summary>Turns the series and facts of <see cref="DemoCatalog"/> into rows.</summary>
public static class DemoRows
{
    public const string Official = Features.Observations.ObservationStatuses.Official;
    public const string Illustrative = Features.Observations.ObservationStatuses.Illustrative;

    /// <summary>
    /// Every figure of every series, rounded to the indicator's decimals, with the real figures in place of the
    /// illustrative ones. The catalogue is checked against the indicator table, so a figure the API would
    /// reject as out of range never reaches the database.
    /// </summary>
    /// <exception cref="InvalidOperationException">A series names an unknown indicator or leaves its range.</exception>
    public static IReadOnlyList<DemoRow> Build(IReadOnlyDictionary<string, IndicatorFormat> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var facts = DemoCatalog.Facts.ToDictionary(f => (f.Indicator, f.Area, f.Year));
        var rows = new List<DemoRow>();
        foreach (var series in DemoCatalog.Series)
        {
            var format = Format(indicators, series.Indicator);
            foreach (var year in series.Years)
            {
                rows.Add(facts.Remove((series.Indicator, series.Area, year), out var fact)
                    ? FromFact(fact, format)
                    : new DemoRow(series.Indicator, series.Area, year, Round(series.ValueIn(year), format),
                        Illustrative, DemoCatalog.IllustrativeSource, series.Note));
            }
        }

        // A real figure in a year its series skips still belongs in the demo.
        rows.AddRange(facts.Values.Select(fact => FromFact(fact, Format(indicators, fact.Indicator))));
        return rows;
    }

    private static DemoRow FromFact(DemoFact fact, IndicatorFormat format) =>
        new(fact.Indicator, fact.Area, fact.Year, Round((decimal)fact.Value, format), Official, fact.Source, fact.Note);

    private static IndicatorFormat Format(IReadOnlyDictionary<string, IndicatorFormat> indicators, string code) =>
        indicators.TryGetValue(code, out var format)
            ? format
            : throw new InvalidOperationException($"Demo data names indicator '{code}', which is not in the catalogue.");

    private static double Round(decimal value, IndicatorFormat format)
    {
        var rounded = (double)Math.Round(value, format.Decimals, MidpointRounding.AwayFromZero);
        if (rounded < format.MinValue || rounded > format.MaxValue)
        {
            throw new InvalidOperationException(
                $"Demo figure {rounded} for '{format.Code}' is outside [{format.MinValue}, {format.MaxValue}].");
        }

        return rounded;
    }
}
