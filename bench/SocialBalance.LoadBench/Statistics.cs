namespace SocialBalance.LoadBench;

/// <summary>Medians and spreads of a handful of numbers.</summary>
public static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>(max − min) / median: how far the rounds lay apart, as a share of their median.</summary>
    public static double Spread(IReadOnlyCollection<double> values) =>
        values.Count == 0 ? double.NaN : (values.Max() - values.Min()) / Median(values);
}
