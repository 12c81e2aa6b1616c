namespace SocialBalance.Analysis.Observations;

/// <summary>
/// Figures looked up by (indicator, area, year). Built from plain observation rows, so the API can feed
/// it straight from a database query.
/// </summary>
/// <remarks>
/// The national list reads about 72,000 figures per request and looks up some 100,000, so each series is two
/// sorted arrays rather than a tree of nodes, and the outer map is keyed by indicator, then area: ordinal string
/// keys hash faster than tuples of them.
/// </remarks>
public sealed class ObservationTable
{
    private readonly Dictionary<string, Dictionary<string, YearSeries>> _series;

    internal ObservationTable(Dictionary<string, Dictionary<string, YearSeries>> series) => _series = series;

    public static ObservationTable Empty { get; } = From([]);

    /// <exception cref="ArgumentException">Two rows for the same indicator, area and year: the caller must pick one.</exception>
    public static ObservationTable From(IEnumerable<Observation> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new ObservationTableBuilder();
        foreach (var row in rows)
        {
            builder.Add(row.IndicatorCode, row.AreaCode, row.Year, row.Value);
        }

        return builder.Build();
    }

    /// <summary>The value, or null when there is no figure (a missing figure is never an error).</summary>
    public double? Find(string indicatorCode, string areaCode, int year) =>
        _series.TryGetValue(indicatorCode, out var areas) && areas.TryGetValue(areaCode, out var series)
            ? series.Find(year)
            : null;

    /// <summary>Every figure of one indicator in one area, oldest year first.</summary>
    public IReadOnlyList<YearValue> Series(string indicatorCode, string areaCode) =>
        _series.TryGetValue(indicatorCode, out var areas) && areas.TryGetValue(areaCode, out var series)
            ? series.ToYearValues()
            : [];
}
