namespace SocialBalance.Analysis.Observations;

/// <summary>
/// Collects figures one at a time into an <see cref="ObservationTable"/>, so a database reader can fill it
/// without an object per row.
/// </summary>
public sealed class ObservationTableBuilder
{
    private readonly Dictionary<string, Dictionary<string, YearSeries>> _series = new(StringComparer.Ordinal);
    private bool _built;

    public void Add(string indicatorCode, string areaCode, int year, double value)
    {
        ArgumentNullException.ThrowIfNull(indicatorCode);
        ArgumentNullException.ThrowIfNull(areaCode);
        if (_built) throw new InvalidOperationException("The table has been built; start a new builder.");
        if (!_series.TryGetValue(indicatorCode, out var areas))
        {
            areas = new Dictionary<string, YearSeries>(StringComparer.Ordinal);
            _series[indicatorCode] = areas;
        }

        if (!areas.TryGetValue(areaCode, out var series))
        {
            series = new YearSeries();
            areas[areaCode] = series;
        }

        series.Add(year, value);
    }

    /// <exception cref="ArgumentException">Two rows for the same indicator, area and year: the caller must pick one.</exception>
    public ObservationTable Build()
    {
        if (_built) throw new InvalidOperationException("The table has been built; start a new builder.");
        _built = true;
        foreach (var (indicator, areas) in _series)
        {
            foreach (var (area, series) in areas)
            {
                if (series.Seal() is { } year)
                {
                    throw new ArgumentException($"Two values for '{indicator}' in '{area}' for {year}.");
                }
            }
        }

        return new ObservationTable(_series);
    }
}
