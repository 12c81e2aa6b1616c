using SocialBalance.Analysis.Progress;
using static SocialBalance.Analysis.Tests.TestData.Figures;

namespace SocialBalance.Analysis.Tests.Progress;

/// <summary>Method 1: thresholds 0.015 / 0.005 / 0, times the limit coefficient c.</summary>
public class ProgressWithoutTargetTests
{
    private static ProgressAssessment Higher(double baseValue, double current, int years = 1, double? limit = null) =>
        ProgressMeasure.Assess(Series((2020, baseValue), (2020 + years, current)), Direction.HigherIsBetter, 2020, limit: limit);

    [Fact]
    public void Substantial_growth()
    {
        var result = Higher(100, 104, years: 2);

        Assert.Equal(ProgressMethod.WithoutTarget, result.Method);
        Assert.Equal(0.019804, result.ProgressValue); // (104/100)^(1/2) − 1 = 0.0198039
        Assert.Equal(1, result.Coefficient);
        Assert.Equal(ProgressStatus.Substantial, result.Status);
        Assert.Equal(4.902, result.Score);            // 500 × 0.019804 − 5
    }

    [Fact]
    public void Substantial_score_is_capped_at_5()
    {
        var result = Higher(100, 110); // p = 0.1; 500 × 0.1 − 5 = 45 → 5

        Assert.Equal(5, result.Score);
    }

    [Fact]
    public void Moderate_growth()
    {
        var result = Higher(100, 101); // p = 0.01

        Assert.Equal(ProgressStatus.Moderate, result.Status);
        Assert.Equal(1.25, result.Score!.Value, 9); // 250 × 0.01 − 1.25
    }

    [Fact]
    public void Limited_growth()
    {
        var result = Higher(100, 100.2); // p = 0.002

        Assert.Equal(ProgressStatus.Limited, result.Status);
        Assert.Equal(-1.5, result.Score!.Value, 9); // 500 × 0.002 − 2.5
    }

    [Fact]
    public void No_change_is_limited_at_the_low_threshold()
    {
        var result = Higher(100, 100); // p = 0 ≥ low = 0

        Assert.Equal(ProgressStatus.Limited, result.Status);
        Assert.Equal(-2.5, result.Score!.Value, 9); // 500 × 0 − 2.5
    }

    [Fact]
    public void Deterioration()
    {
        var result = Higher(100, 99); // p = −0.01

        Assert.Equal(ProgressStatus.Deterioration, result.Status);
        Assert.Equal(-3.75, result.Score!.Value, 9); // 125 × −0.01 − 2.5
    }

    [Fact]
    public void Deterioration_score_is_floored_at_minus_5()
    {
        Assert.Equal(-5, Higher(100, 90).Score); // 125 × −0.1 − 2.5 = −15 → −5
    }

    [Fact]
    public void Negative_base_value_flips_the_sign()
    {
        // −10 → −8 is a rise; CAGR = (−8/−10) − 1 = −0.2; p = sign(−1) × dir(+1) × −0.2 = 0.2
        var result = Higher(-10, -8);

        Assert.Equal(-1, result.Sign);
        Assert.Equal(0.2, result.ProgressValue!.Value, 9);
        Assert.Equal(ProgressStatus.Substantial, result.Status);
    }

    [Fact]
    public void Near_the_limit_the_thresholds_shrink()
    {
        // b = 90 ≤ L = 100: c = 1 − 0.9^4.44 = 0.3736216 → 0.373622; high = 0.015 × c = 0.005604, med = 0.001868
        var result = Higher(90, 90.3, limit: 100); // p = 90.3/90 − 1 = 0.0033333 → 0.003333

        Assert.Equal(0.373622, result.Coefficient);
        Assert.Equal(new ProgressThresholds(0.005604, 0.001868, 0), result.Thresholds);
        Assert.Equal(ProgressStatus.Moderate, result.Status);      // unlimited it would be limited (< 0.005)
        Assert.Equal(0.980195, result.Score);                      // 250 × 0.003333 / 0.373622 − 1.25 = 0.9801955
    }

    [Fact]
    public void Base_at_the_limit_gives_c_zero_and_holding_it_scores_5()
    {
        var result = Higher(100, 100, limit: 100); // c = 1 − (100/100)^4.44 = 0; p = 0

        Assert.Equal(0, result.Coefficient);
        Assert.Equal(ProgressStatus.Substantial, result.Status); // p ≥ high = 0.015 × 0
        Assert.Equal(5, result.Score);
    }

    [Fact]
    public void Base_at_the_limit_and_falling_is_deterioration()
    {
        var result = Higher(100, 99, limit: 100); // p = −0.01 < low = 0

        Assert.Equal(ProgressStatus.Deterioration, result.Status);
        Assert.Equal(-3.75, result.Score!.Value, 9); // 125 × −0.01 − 2.5
    }

    [Fact]
    public void Zero_base_value_is_replaced_by_0_001()
    {
        var result = Higher(0, 2);

        Assert.Equal(0, result.BaseValue);
        Assert.Equal(0.001, result.BaseValueUsed);
        Assert.Equal(1, result.Sign);
        Assert.Equal(1999, result.ObservedCagr!.Value, 6); // 2/0.001 − 1
        Assert.Equal(ProgressStatus.Substantial, result.Status);
    }
}
