using SocialBalance.Analysis.Gaps;
using static SocialBalance.Analysis.Tests.TestData.Figures;

namespace SocialBalance.Analysis.Tests.Gaps;

/// <summary>Gaps from figures whose double differences carry noise: exact differences, so equal gaps are equal.</summary>
public class GapPrecisionTests
{
    private const string Indicator = "convicted";
    private const string Area = "vaerebro-park";
    private const string Reference = "gladsaxe";

    [Fact]
    public void An_unchanged_shortfall_is_not_narrowed_and_its_change_is_zero()
    {
        // 0.4 − 0.1 is 0.30000000000000004 and 0.5 − 0.2 is 0.3 in doubles.
        var table = Table(
            (Indicator, Area, 2020, 0.4), (Indicator, Area, 2024, 0.5),
            (Indicator, Reference, 2020, 0.1), (Indicator, Reference, 2024, 0.2));

        var gap = GapCalculator.CompareGap(table, Indicator, Direction.LowerIsBetter, Area, Reference, 2020);

        Assert.Equal((0.3, 0.3), (gap.Baseline!.Shortfall, gap.Latest!.Shortfall));
        Assert.Equal(0, gap.ShortfallChange);
        Assert.False(gap.Narrowed);
        Assert.Equal(0.1, gap.AreaChange);
        Assert.Equal(3, gap.Baseline.RelativeShortfall); // 0.3 / 0.1
        Assert.Equal(1.5, gap.Latest.RelativeShortfall); // 0.3 / 0.2
    }

    [Fact]
    public void Differences_have_the_figures_decimals_and_relative_ones_six()
    {
        var shortfall = ShortfallCalculator.Measure(Direction.HigherIsBetter, 2020, areaValue: 80.6, referenceValue: 88);

        Assert.Equal((-7.4, 7.4), (shortfall.Difference, shortfall.Shortfall)); // −7.400000000000006 in doubles
        Assert.Equal((-0.084091, 0.084091), (shortfall.RelativeDifference, shortfall.RelativeShortfall)); // 7.4 / 88 = 0.0840909…
    }

    [Fact]
    public void A_trend_change_is_exact()
    {
        var table = Table((Indicator, Reference, 2020, 0.74), (Indicator, Reference, 2022, 0.72));

        var trend = GapCalculator.CompareTrend(table, Indicator, Direction.LowerIsBetter, Reference, 2020);

        Assert.Equal(-0.02, trend.Change); // −0.020000000000000018 in doubles
        Assert.True(trend.Improving);
    }
}
