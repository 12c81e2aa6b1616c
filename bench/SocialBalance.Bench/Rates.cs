namespace SocialBalance.Bench;

/// <summary>Rows per second of one kind of measurement, round after round.</summary>
public sealed class Rates
{
    private readonly List<double> values = [];

    public int Count => values.Count;

    public double Last => values[^1];

    public double Median
    {
        get
        {
            var sorted = values.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double Best => values.Max();

    public double Add(TimeSpan elapsed)
    {
        values.Add(BenchData.Rows / elapsed.TotalSeconds);
        return values[^1];
    }

    public void Add(double value) => values.Add(value);
}
