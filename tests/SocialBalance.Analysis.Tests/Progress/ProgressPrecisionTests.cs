using SocialBalance.Analysis.Progress;
using static SocialBalance.Analysis.Tests.TestData.Figures;

namespace SocialBalance.Analysis.Tests.Progress;

/// <summary>
/// Progress values exactly at a threshold, where the double CAGR carries noise: the CAGR is rounded at 6 decimals
/// and the status is judged on the rounded value, the one shown.
/// </summary>
public class ProgressPrecisionTests
{
    private static ProgressAssessment Growth(double from, double to) =>
        ProgressMeasure.Assess(Series((2020, from), (2021, to)), Direction.HigherIsBetter, 2020);

    [Fact]
    public void Growth_exactly_at_the_high_threshold_is_substantial()
    {
        var result = Growth(100, 101.5); // 101.5 / 100 − 1 is 0.014999999999999902 in doubles: short of 0.015

        Assert.Equal(0.015, result.ProgressValue);
        Assert.Equal(ProgressStatus.Substantial, result.Status);
        Assert.Equal(2.5, result.Score); // 500 × 0.015 / 1 − 5
    }

    [Fact]
    public void Growth_exactly_at_the_medium_threshold_is_moderate()
    {
        var result = Growth(100, 100.5); // 0.004999999999999893 in doubles: short of 0.005

        Assert.Equal(0.005, result.ProgressValue);
        Assert.Equal(ProgressStatus.Moderate, result.Status);
        Assert.Equal(0, result.Score); // 250 × 0.005 / 1 − 1.25
    }

    [Fact]
    public void A_ratio_exactly_at_0_6_is_moderate()
    {
        // Observed 106/100 − 1 = 0.06000000000000005; required (259.374246/100)^(1/10) − 1 = 0.1 at 6 decimals.
        var result = ProgressMeasure.Assess(
            Series((2020, 100), (2021, 106)), Direction.HigherIsBetter, 2020, new ProgressTarget(259.374246, 2030));

        Assert.Equal((0.06, 0.1, 0.6), (result.ObservedCagr, result.RequiredCagr, result.ProgressValue));
        Assert.Equal(ProgressStatus.Moderate, result.Status);
        Assert.Equal(0.00004, result.Score); // 7.1429 × 0.6 − 4.2857
    }

    [Fact]
    public void The_current_value_exactly_at_a_gap_target_has_achieved_it()
    {
        // Higher is better: reference 0.7 − 0.3 × 0.5 is 0.5499999999999999 in doubles.
        var target = GapTarget.FromShortfallShare(Direction.HigherIsBetter, 2020, 0.3, 0.5, 2024, 0.7, 2030, indicatorDecimals: 2);

        var result = ProgressMeasure.Assess(Series((2020, 0.4), (2024, 0.55)), Direction.HigherIsBetter, 2020, target.ToProgressTarget());

        Assert.Equal((0.15, 0.55), (target.TargetShortfall, target.TargetValue));
        Assert.Equal(ProgressStatus.TargetAchieved, result.Status);
    }

    [Fact]
    public void A_target_shortfall_is_rounded_at_the_indicators_decimals_plus_three()
    {
        var target = GapTarget.FromShortfallShare(Direction.LowerIsBetter, 2020, 15.5, 0.333333, 2025, 14.5, 2030, indicatorDecimals: 1);

        Assert.Equal(5.1667, target.TargetShortfall); // 15.5 × 0.333333 = 5.1666615
        Assert.Equal(19.6667, target.TargetValue);    // 14.5 + 5.1667
    }

    [Fact]
    public void Mean_scores_are_rounded_like_the_scores()
    {
        var series = new[] { Growth(100, 101.5), Growth(100, 100.5), Growth(100, 100.2) }; // 2.5, 0 and −1.5

        var summary = ProgressAggregator.Combine(series);

        Assert.Equal(0.333333, summary.MeanScore);
        Assert.Equal(ProgressStatus.Moderate, summary.Status);
    }
}
