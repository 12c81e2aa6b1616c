using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Progress;
using static SocialBalance.Analysis.Tests.TestData.Figures;

namespace SocialBalance.Analysis.Tests.Progress;

public class GapTargetTests
{
    [Fact]
    public void Halving_a_lower_is_better_gap_adds_half_the_shortfall_to_the_reference()
    {
        var target = GapTarget.FromShortfallShare(Direction.LowerIsBetter, baselineYear: 2020, baselineShortfall: 14.0,
            remainingShare: 0.5, referenceYear: 2024, referenceValue: 10.0, targetYear: 2030);

        Assert.Equal(7.0, target.TargetShortfall, 9); // 14 × 0.5
        Assert.Equal(17.0, target.TargetValue, 9);    // 10 + 7
    }

    [Fact]
    public void Halving_a_higher_is_better_gap_subtracts_half_the_shortfall_from_the_reference()
    {
        var target = GapTarget.FromShortfallShare(Direction.HigherIsBetter, 2020, baselineShortfall: 12.0,
            remainingShare: 0.5, referenceYear: 2024, referenceValue: 85.0, targetYear: 2030);

        Assert.Equal(79.0, target.TargetValue, 9); // 85 − 12 × 0.5
    }

    [Fact]
    public void A_neutral_indicator_has_no_gap_target() =>
        Assert.Throws<ArgumentException>(() => GapTarget.ToTargetValue(Direction.Neutral, 50, 5));

    [Fact]
    public void Gap_target_feeds_the_progress_measure()
    {
        // Area 24 % outside work in 2020, 21 % in 2024; target 17 in 2030 (from the first test).
        var target = GapTarget.FromShortfallShare(Direction.LowerIsBetter, 2020, 14.0, 0.5, 2024, 10.0, 2030);

        var result = ProgressMeasure.Assess(Series((2020, 24), (2024, 21)), Direction.LowerIsBetter, 2020, target.ToProgressTarget());

        Assert.Equal(-0.032832, result.ObservedCagr);  // (21/24)^(1/4) − 1 = −0.0328318
        Assert.Equal(-0.033896, result.RequiredCagr);  // (17/24)^(1/10) − 1 = −0.0338962
        Assert.Equal(0.96861, result.ProgressValue);   // 0.032832 / 0.033896 = 0.9686099
        Assert.Equal(ProgressStatus.Substantial, result.Status);
    }

    [Fact]
    public void Gap_target_from_an_assessed_gap_uses_its_baseline_shortfall_and_latest_reference()
    {
        var table = Table(
            ("outside-work-education", "moerkhoej", 2020, 24.0), ("outside-work-education", "moerkhoej", 2024, 21.0),
            ("outside-work-education", "gladsaxe", 2020, 10.0), ("outside-work-education", "gladsaxe", 2024, 9.0));
        var gap = GapCalculator.CompareGap(table, "outside-work-education", Direction.LowerIsBetter, "moerkhoej", "gladsaxe", 2020);

        var target = GapTarget.FromGap(gap, remainingShare: 0.5, targetYear: 2030)!;

        Assert.Equal(14.0, target.BaselineShortfall, 9); // 24 − 10
        Assert.Equal((2024, 9.0), (target.ReferenceYear, target.ReferenceValue));
        Assert.Equal(16.0, target.TargetValue, 9);       // 9 + 14 × 0.5
    }

    [Fact]
    public void No_gap_target_without_a_shortfall()
    {
        var gap = GapCalculator.CompareGap(Table(), "outside-work-education", Direction.LowerIsBetter, "moerkhoej", "gladsaxe", 2020);

        Assert.Null(GapTarget.FromGap(gap, 0.5, 2030));
    }
}
