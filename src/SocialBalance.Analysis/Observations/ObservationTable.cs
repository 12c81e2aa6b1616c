namespace SocialBalance.Analysis.Observations;

/// <summary>
/// Figures looked up by (indicator, area, year). Built from plain observation rows, so the API can feed
/// it straight from a database query.
/// </summary>
public sealed class ObservationTable
{
    private readonly Dictionary<(string Indicator, string Area), SortedDictionary<int, double>> _series;

    private ObservationTable(Dictionary<(string, string), SortedDictionary<int, double>> series) => _series = series;

    public static ObservationTable Empty { get; } = From([]);

    /// <exception cref="ArgumentException">Two rows for the same indicator, area and year: the caller must pick one.</exception>
    public static ObservationTable From(IEnumerable<Observation> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var series = new Dictionary<(string, string), SortedDictionary<int, double>>();
        foreach (var row in rows)
        {
            var key = (row.IndicatorCode, row.AreaCode);
            if (!series.TryGetValue(key, out var years))
            {
                years = [];
                series[key] = years;
            }

            if (!years.TryAdd(row.Year, row.Value))
            {
                throw new ArgumentException(
                    $"Two values for '{row.IndicatorCode}' in '{row.AreaCode}' for {row.Year}.", nameof(rows));
            }
        }

        return new ObservationTable(series);
    }

    /// <summary>The value, or null when there is no figure (a missing figure is never an error).</summary>
    public double? Find(string indicatorCode, string areaCode, int year) =>
        _series.TryGetValue((indicatorCode, areaCode), out var years) && years.TryGetValue(year, out var value)
            ? value
            : null;

    /// <summary>Every figure of one indicator in one area, oldest year first.</summary>
    public IReadOnlyList<YearValue> Series(string indicatorCode, string areaCode) =>
        _series.TryGetValue((indicatorCode, areaCode), out var years)
            ? years.Select(pair => new YearValue(pair.Key, pair.Value)).ToList()
            : [];
}
