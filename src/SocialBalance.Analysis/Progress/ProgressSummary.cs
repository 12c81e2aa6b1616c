namespace SocialBalance.Analysis.Progress;

/// <summary>
/// Several series combined (e.g. one indicator in three areas): the mean of the available scores.
/// Series without a score are counted in <see cref="SeriesCount"/> but left out of the mean, as in the reference.
/// </summary>
public sealed record ProgressSummary(
    int SeriesCount,
    int ScoredCount,
    IReadOnlyList<double> Scores,
    double? MeanScore,
    bool AllTargetsAchieved,
    ProgressStatus Status,
    IReadOnlyList<ProgressAssessment> Series);

public static class ProgressAggregator
{
    /// <summary>
    /// Mean score → 2.5 ≤ s ≤ 5 substantial, 0 ≤ s &lt; 2.5 moderate, −2.5 ≤ s &lt; 0 limited, else deterioration;
    /// target achieved only when every scored series achieved its target; not available when none is scored. The mean
    /// is rounded at <see cref="DerivedPrecision.RatioDecimals"/>, like the scores.
    /// </summary>
    public static ProgressSummary Combine(IEnumerable<ProgressAssessment> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var all = series.ToList();
        var scored = all.Where(s => s.Score is not null).ToList();
        var scores = scored.Select(s => s.Score!.Value).ToList();
        if (scored.Count == 0)
            return new ProgressSummary(all.Count, 0, scores, null, false, ProgressStatus.NotAvailable, all);

        var mean = DerivedPrecision.Mean(scores, DerivedPrecision.RatioDecimals);
        var allAchieved = scored.All(s => s.TargetAchieved);
        var status = allAchieved ? ProgressStatus.TargetAchieved : ProgressScore.StatusOfScore(mean);
        return new ProgressSummary(all.Count, scored.Count, scores, mean, allAchieved, status, all);
    }
}
