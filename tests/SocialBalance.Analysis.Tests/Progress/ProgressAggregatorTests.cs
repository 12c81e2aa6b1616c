using SocialBalance.Analysis.Progress;

namespace SocialBalance.Analysis.Tests.Progress;

public class ProgressAggregatorTests
{
    private static ProgressAssessment Scored(double? score, ProgressStatus status = ProgressStatus.Moderate) => new()
    {
        Method = ProgressMethod.WithTarget,
        Direction = Direction.HigherIsBetter,
        ConfiguredBaseYear = 2020,
        Status = status,
        Score = score,
    };

    [Theory]
    [InlineData(5.0, 0.0, ProgressStatus.Substantial)]   // mean 2.5: lower bound of substantial
    [InlineData(4.0, 0.8, ProgressStatus.Moderate)]      // mean 2.4
    [InlineData(0.5, -0.5, ProgressStatus.Moderate)]     // mean 0: lower bound of moderate
    [InlineData(-1.0, -2.0, ProgressStatus.Limited)]     // mean −1.5
    [InlineData(-2.0, -3.0, ProgressStatus.Limited)]     // mean −2.5: lower bound of limited
    [InlineData(-3.0, -2.6, ProgressStatus.Deterioration)] // mean −2.8
    public void Status_of_the_mean_score(double first, double second, ProgressStatus expected)
    {
        var summary = ProgressAggregator.Combine([Scored(first), Scored(second)]);

        Assert.Equal((first + second) / 2, summary.MeanScore!.Value, 9);
        Assert.Equal(expected, summary.Status);
    }

    [Fact]
    public void Target_achieved_only_when_every_series_achieved_it()
    {
        var all = ProgressAggregator.Combine([Scored(5, ProgressStatus.TargetAchieved), Scored(5, ProgressStatus.TargetAchieved)]);
        var some = ProgressAggregator.Combine([Scored(5, ProgressStatus.TargetAchieved), Scored(4, ProgressStatus.Substantial)]);

        Assert.Equal(ProgressStatus.TargetAchieved, all.Status);
        Assert.Equal(ProgressStatus.Substantial, some.Status); // mean 4.5
        Assert.False(some.AllTargetsAchieved);
    }

    [Fact]
    public void Series_without_a_score_are_left_out_of_the_mean()
    {
        var summary = ProgressAggregator.Combine([Scored(3), Scored(null, ProgressStatus.NotAvailable), Scored(1)]);

        Assert.Equal((3, 2), (summary.SeriesCount, summary.ScoredCount));
        Assert.Equal(2.0, summary.MeanScore!.Value, 9); // (3 + 1) / 2
        Assert.Equal(ProgressStatus.Moderate, summary.Status);
    }

    [Fact]
    public void No_scored_series_is_not_available()
    {
        var summary = ProgressAggregator.Combine([Scored(null, ProgressStatus.NotAvailable)]);

        Assert.Null(summary.MeanScore);
        Assert.Equal(ProgressStatus.NotAvailable, summary.Status);
    }
}
