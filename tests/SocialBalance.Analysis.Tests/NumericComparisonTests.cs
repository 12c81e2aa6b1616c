namespace SocialBalance.Analysis.Tests;

public class NumericComparisonTests
{
    [Fact]
    public void Rounding_noise_does_not_break_equality()
    {
        // 0.1 × 3 = 0.30000000000000004 in binary floating point; rounded to 9 decimals it is 0.3.
        Assert.True(NumericComparison.AreEqual(0.1 * 3, 0.3));
        Assert.False(NumericComparison.IsGreater(0.1 * 3, 0.3));
        Assert.True(NumericComparison.IsGreaterOrEqual(0.3, 0.1 * 3));
    }

    [Fact]
    public void Real_differences_still_count()
    {
        Assert.True(NumericComparison.IsGreater(40.000001, 40));
        Assert.True(NumericComparison.IsLess(164_999.99, 165_000));
    }
}
