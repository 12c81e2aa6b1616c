namespace SocialBalance.Analysis.Tests;

/// <summary>The decimal arithmetic behind every derived number: binary noise in, the decimal result out.</summary>
public class DerivedPrecisionTests
{
    [Fact]
    public void Sums_and_differences_are_exact()
    {
        Assert.Equal(0.3, DerivedPrecision.Sum(0.1, 0.2));              // 0.30000000000000004 in doubles
        Assert.Equal(-7.4, DerivedPrecision.Difference(80.6, 88));      // −7.400000000000006 in doubles
        Assert.Equal(0.65, DerivedPrecision.Difference(30.65, 30));     // 0.6499999999999986 in doubles
        Assert.Equal(0, DerivedPrecision.Difference(0.3, DerivedPrecision.Sum(0.1, 0.2)));
    }

    [Fact]
    public void Products_and_quotients_are_rounded_at_the_decimals_asked_for()
    {
        Assert.Equal(221_100, DerivedPrecision.Product(0.55, 402_000, 3));     // 221100.00000000003 in doubles
        Assert.Equal(221_100.275, DerivedPrecision.Product(0.55, 402_000.5, 3));
        Assert.Equal(0.333333, DerivedPrecision.Quotient(1, 3, 6));
        Assert.Equal(-0.272109, DerivedPrecision.Quotient(-0.6, 2.205, 6));    // −0.272108843537415 in doubles
        Assert.Equal(0.57, DerivedPrecision.Product(57, 0.01, DerivedPrecision.MaxDecimals)); // 0.5700000000000001 in doubles
    }

    [Fact]
    public void A_score_is_computed_once_from_the_numbers_shown()
    {
        Assert.Equal(0.00004, DerivedPrecision.Linear(7.1429, 0.6, -4.2857, 6));                    // 3.999999999937387E-05 in doubles
        Assert.Equal(1.357636, DerivedPrecision.Linear(250, 0.00995, -1.25, 6, divisor: 0.953929)); // 1.3576356…
        Assert.True(double.IsNaN(DerivedPrecision.Linear(500, double.NaN, -5, 6)));
    }

    [Fact]
    public void Midpoints_round_away_from_zero_on_the_decimal_value()
    {
        // 2.675 is 2.67499999999999982… as a double; its decimal value is the midpoint.
        Assert.Equal(2.68, DerivedPrecision.Round(2.675, 2));
        Assert.Equal(-2.68, DerivedPrecision.Round(-2.675, 2));
        Assert.Equal(-0.05, DerivedPrecision.Ratio(-0.050000000000000044));
    }

    [Fact]
    public void Means_are_rounded_once()
    {
        Assert.Equal(-0.05, DerivedPrecision.Mean([1.681609, -1.831609, 0], 6));
        Assert.Equal(30.1333, DerivedPrecision.Mean([30.1, 30.1, 30.2], DerivedPrecision.UnitDecimals(1)));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 4)]
    [InlineData(2, 5)]
    [InlineData(6, 9)]
    [InlineData(null, 9)]
    public void Unit_decimals_are_the_indicators_plus_three_and_at_most_the_comparison_precision(int? indicatorDecimals, int expected)
    {
        Assert.Equal(expected, DerivedPrecision.UnitDecimals(indicatorDecimals));
        Assert.True(DerivedPrecision.UnitDecimals(indicatorDecimals) <= NumericComparison.Decimals);
    }

    [Fact]
    public void Numbers_beyond_decimal_range_pass_through()
    {
        Assert.Equal(1e20, DerivedPrecision.Round(1e20, 2));
        Assert.True(double.IsNaN(DerivedPrecision.Difference(double.NaN, 1)));
        Assert.Equal(2e15, DerivedPrecision.Sum(1e15, 1e15));
    }
}
