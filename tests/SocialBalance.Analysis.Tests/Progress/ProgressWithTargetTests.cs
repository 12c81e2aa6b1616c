using SocialBalance.Analysis.Progress;
using static SocialBalance.Analysis.Tests.TestData.Figures;

namespace SocialBalance.Analysis.Tests.Progress;

/// <summary>
/// Method 2. Unless stated, base 100 in 2020, target 200 in 2030, higher is better. CAGRs, r and the score are
/// rounded at 6 decimals, each from the rounded numbers before it.
/// </summary>
public class ProgressWithTargetTests
{
    private static readonly ProgressTarget Double2030 = new(200, 2030);

    // Required CAGR = (200/100)^(1/10) − 1 = 0.0717735 → 0.071773.
    private static ProgressAssessment After(double value2021) =>
        ProgressMeasure.Assess(Series((2020, 100), (2021, value2021)), Direction.HigherIsBetter, 2020, Double2030);

    [Fact]
    public void Worked_example_shows_every_input()
    {
        var result = After(107.5);

        Assert.Equal(ProgressMethod.WithTarget, result.Method);
        Assert.Equal((2020, 100.0, 2021, 107.5), (result.BaseYear!.Value, result.BaseValue!.Value, result.CurrentYear!.Value, result.CurrentValue!.Value));
        Assert.Equal(0.075, result.ObservedCagr);                 // 107.5/100 − 1
        Assert.Equal(0.071773, result.RequiredCagr);              // 2^(1/10) − 1 = 0.0717735 → 0.071773
        Assert.Equal(1.044961, result.ProgressValue);             // 0.075 / 0.071773 = 1.0449612
        Assert.Equal(ProgressStatus.Substantial, result.Status);  // r ≥ 0.95
        Assert.Equal(3.178352, result.Score);                     // 7.1429 × 1.044961 − 4.2857 = 3.1783517
        Assert.Equal(1, result.Sign);
    }

    [Fact]
    public void Substantial_score_is_capped_at_5()
    {
        var result = After(110); // r = 0.1 / 0.071773 = 1.393282; 7.1429 × r − 4.2857 = 5.67 → 5

        Assert.Equal(ProgressStatus.Substantial, result.Status);
        Assert.Equal(5, result.Score);
    }

    [Fact]
    public void Moderate_progress()
    {
        var result = After(105); // r = 0.05 / 0.071773 = 0.696641

        Assert.Equal(ProgressStatus.Moderate, result.Status);
        Assert.Equal(0.690337, result.Score); // 7.1429 × 0.696641 − 4.2857 = 0.6903370
    }

    [Fact]
    public void Limited_progress()
    {
        var result = After(102); // r = 0.02 / 0.071773 = 0.278656

        Assert.Equal(ProgressStatus.Limited, result.Status);
        Assert.Equal(-1.338924, result.Score); // 4.1667 × 0.278656 − 2.5 = −1.3389241
    }

    [Fact]
    public void Deterioration()
    {
        var result = After(98); // r = −0.02 / 0.071773 = −0.278656

        Assert.Equal(ProgressStatus.Deterioration, result.Status);
        Assert.Equal(-3.661076, result.Score); // 4.1667 × −0.278656 − 2.5 = −3.6610759
    }

    [Fact]
    public void Deterioration_score_is_floored_at_minus_5()
    {
        var result = After(90); // r = −1.393282; 4.1667 × r − 2.5 = −8.3 → −5

        Assert.Equal(-5, result.Score);
    }

    [Fact]
    public void Lower_is_better_turns_a_fall_into_progress()
    {
        var result = ProgressMeasure.Assess(
            Series((2020, 2.0), (2022, 1.8)), Direction.LowerIsBetter, 2020, new ProgressTarget(1.0, 2030));

        Assert.Equal(-0.051317, result.ObservedCagr);  // (1.8/2.0)^(1/2) − 1 = −0.0513167
        Assert.Equal(-0.066967, result.RequiredCagr);  // (1.0/2.0)^(1/10) − 1 = −0.0669670
        Assert.Equal(0.766303, result.ProgressValue);  // 1 × −1 × −0.051317 / 0.066967 = 0.7663028
        Assert.Equal(ProgressStatus.Moderate, result.Status);
        Assert.Equal(1.187926, result.Score);          // 7.1429 × 0.766303 − 4.2857 = 1.1879257
    }

    [Fact]
    public void Feel_safe_in_hoeje_gladsaxe_against_a_target_of_85()
    {
        var result = ProgressMeasure.Assess(
            Series((2016, 68.8), (2017, 79.6)), Direction.HigherIsBetter, 2016, new ProgressTarget(85, 2030));

        Assert.Equal(0.156977, result.ObservedCagr); // (79.6/68.8)^(1/1) − 1 = 0.1569767
        Assert.Equal(0.015218, result.RequiredCagr); // (85/68.8)^(1/14) − 1 = 0.0152180
        Assert.Equal(10.315219, result.ProgressValue); // 0.156977 / 0.015218 = 10.3152189
        Assert.Equal(5, result.Score);
    }

    [Fact]
    public void Current_value_at_the_target_is_target_achieved()
    {
        var result = ProgressMeasure.Assess(
            Series((2020, 2.0), (2024, 1.0)), Direction.LowerIsBetter, 2020, new ProgressTarget(1.0, 2030));

        Assert.Equal(ProgressStatus.TargetAchieved, result.Status);
        Assert.True(result.TargetAchieved);
        Assert.Equal(5, result.Score);
    }

    [Fact]
    public void Zero_target_is_replaced_by_0_001()
    {
        var result = ProgressMeasure.Assess(
            Series((2020, 4.0), (2022, 3.0)), Direction.LowerIsBetter, 2020, new ProgressTarget(0, 2030));

        Assert.Equal(0.001, result.TargetValueUsed);
        Assert.Equal(-0.563691, result.RequiredCagr);  // (0.001/4)^(1/10) − 1 = −0.5636912
        Assert.Equal(0.237675, result.ProgressValue);  // −1 × ((3/4)^(1/2) − 1 = −0.133975) / 0.563691 = 0.2376747
        Assert.Equal(ProgressStatus.Limited, result.Status);
        Assert.Equal(-1.50968, result.Score);          // 4.1667 × 0.237675 − 2.5 = −1.5096795
    }

    [Fact]
    public void Target_year_not_after_the_base_year_is_not_available()
    {
        var result = ProgressMeasure.Assess(
            Series((2020, 100), (2024, 101)), Direction.HigherIsBetter, 2020, new ProgressTarget(200, 2020));

        Assert.Equal(NotAvailableReason.TargetYearNotAfterBase, result.Reason);
        Assert.Null(result.Score);
    }

    [Fact]
    public void Target_equal_to_the_base_value_is_not_available()
    {
        var result = ProgressMeasure.Assess(
            Series((2020, 100), (2024, 99)), Direction.HigherIsBetter, 2020, new ProgressTarget(100, 2030));

        Assert.Equal(NotAvailableReason.TargetEqualsBase, result.Reason);
    }

    [Fact]
    public void A_limit_is_ignored_when_there_is_a_target()
    {
        var result = ProgressMeasure.Assess(
            Series((2020, 100), (2021, 105)), Direction.HigherIsBetter, 2020, Double2030, limit: 100);

        Assert.Null(result.Limit);
        Assert.Null(result.Coefficient);
        Assert.Equal(0.690337, result.Score); // same as without the limit
    }
}
