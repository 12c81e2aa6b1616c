namespace SocialBalance.Api.Features.Charts;

/// <summary>The plain-language summary a chart gives screen readers (its <c>&lt;desc&gt;</c>), built a sentence at a time.</summary>
public static class ChartSentences
{
    /// <summary>"a, b og c" / "a, b and c".</summary>
    public static string List(ChartWords words, IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {words.Say("og", "and")} {items[^1]}",
    };

    /// <summary>The years a chart spans, "2016–2023", or the one year.</summary>
    public static string Years(IEnumerable<ChartSeries> series)
    {
        var years = series.SelectMany(s => s.Points.Select(p => p.Year)).ToList();
        return years.Count == 0 ? "" : years.Min() == years.Max() ? $"{years.Min()}" : $"{years.Min()}–{years.Max()}";
    }

    /// <summary>Each series' latest figure, or that it has none.</summary>
    public static string Latest(ChartWords words, IEnumerable<ChartSeries> series, int decimals, string unit) =>
        string.Join("; ", series.Select(s => s.Points.Count == 0
            ? $"{s.Label}: {words.Say("ingen tal", "no figures")}"
            : $"{s.Label} {Figure(words, s.Points[^1].Value, decimals, unit)} ({s.Points[^1].Year})"));

    public static string Figure(ChartWords words, double value, int decimals, string unit) =>
        $"{words.Number(value, decimals)} {unit}".TrimEnd();

    /// <summary>Sentences joined, each ending in a full stop.</summary>
    public static string Join(params string[] sentences) =>
        string.Join(" ", sentences.Where(s => s.Length > 0).Select(s => s.EndsWith('.') ? s : s + "."));
}
