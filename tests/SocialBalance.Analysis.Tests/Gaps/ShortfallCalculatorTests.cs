using SocialBalance.Analysis.Gaps;

namespace SocialBalance.Analysis.Tests.Gaps;

public class ShortfallCalculatorTests
{
    [Fact]
    public void Higher_is_better_shortfall_is_reference_minus_area()
    {
        var result = ShortfallCalculator.Measure(Direction.HigherIsBetter, 2017, areaValue: 79.6, referenceValue: 85.0);

        Assert.Equal(5.4, result.Shortfall!.Value, 9);            // 85.0 − 79.6
        Assert.Equal(0.0635294, result.RelativeShortfall!.Value, 6); // 5.4 / 85.0
        Assert.Equal(-5.4, result.Difference, 9);                 // 79.6 − 85.0
        Assert.Equal(2017, result.Year);
        Assert.Equal(79.6, result.AreaValue);
        Assert.Equal(85.0, result.ReferenceValue);
    }

    [Fact]
    public void Lower_is_better_shortfall_is_area_minus_reference()
    {
        var result = ShortfallCalculator.Measure(Direction.LowerIsBetter, 2020, areaValue: 25.0, referenceValue: 12.5);

        Assert.Equal(12.5, result.Shortfall!.Value, 9);        // 25.0 − 12.5
        Assert.Equal(1.0, result.RelativeShortfall!.Value, 9); // 12.5 / 12.5
    }

    [Fact]
    public void An_area_ahead_of_the_reference_has_a_negative_shortfall()
    {
        var result = ShortfallCalculator.Measure(Direction.LowerIsBetter, 2020, areaValue: 10.0, referenceValue: 12.5);

        Assert.Equal(-2.5, result.Shortfall!.Value, 9); // 10.0 − 12.5
    }

    [Fact]
    public void Relative_shortfall_divides_by_the_absolute_reference()
    {
        var result = ShortfallCalculator.Measure(Direction.HigherIsBetter, 2020, areaValue: -6, referenceValue: -4);

        Assert.Equal(2, result.Shortfall!.Value, 9);          // −4 − (−6)
        Assert.Equal(0.5, result.RelativeShortfall!.Value, 9); // 2 / |−4|
    }

    [Fact]
    public void Relative_figures_are_null_when_the_reference_is_zero()
    {
        var result = ShortfallCalculator.Measure(Direction.LowerIsBetter, 2020, areaValue: 3, referenceValue: 0);

        Assert.Equal(3, result.Shortfall);
        Assert.Null(result.RelativeShortfall);
        Assert.Null(result.RelativeDifference);
    }

    [Fact]
    public void Neutral_indicator_gets_differences_but_no_shortfall()
    {
        var result = ShortfallCalculator.Measure(Direction.Neutral, 2020, areaValue: 51.8, referenceValue: 20.0);

        Assert.Equal(31.8, result.Difference, 9);                // 51.8 − 20.0
        Assert.Equal(1.59, result.RelativeDifference!.Value, 9); // 31.8 / 20.0
        Assert.Null(result.Shortfall);
        Assert.Null(result.RelativeShortfall);
    }
}
