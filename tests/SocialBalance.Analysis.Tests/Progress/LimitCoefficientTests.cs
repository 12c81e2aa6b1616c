using SocialBalance.Analysis.Progress;

namespace SocialBalance.Analysis.Tests.Progress;

public class LimitCoefficientTests
{
    [Theory]
    [InlineData(50, 20, 1.0)]          // b ≥ 2L → 1
    [InlineData(40, 20, 1.0)]          // b = 2L → 1
    [InlineData(90, 100, 0.3736216)]   // b ≤ L → 1 − 0.9^4.44
    [InlineData(100, 100, 0.0)]        // b = L → 1 − 1^4.44
    [InlineData(15, 10, 0.9539291)]    // L < b < 2L → 1 − ((20 − 15)/10)^4.44 = 1 − 0.5^4.44
    [InlineData(-90, -100, 0.3736216)] // absolute values
    [InlineData(0, 0, 1.0)]            // b = L = 0: the b ≥ 2L branch comes first
    public void Coefficient_branches(double baseValue, double limit, double expected) =>
        Assert.Equal(expected, LimitCoefficient.Compute(baseValue, limit), 7);
}
