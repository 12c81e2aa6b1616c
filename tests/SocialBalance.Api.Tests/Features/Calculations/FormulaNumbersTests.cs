using SocialBalance.Api.Features.Calculations;


namespace SocialBalance.Api.Tests.Features.Calculations;

public class FormulaNumbersTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(40.0)]
    [InlineData(39.75)]
    [InlineData(191.85000000000002)]
    [InlineData(-142.40000000000003)]
    [InlineData(0.00000049)]
    [InlineData(-0.00000049)]
    [InlineData(1234567.8912345)]
    public void Writes_each_number_as_FormulaText_does_the_first_time_and_after(double value)
    {
        var numbers = new FormulaNumbers();

        Assert.Equal(FormulaText.Num(value), numbers.Num(value));
        Assert.Equal(FormulaText.Num(value), numbers.Num(value));
        Assert.Equal(FormulaText.Term(value), numbers.Term(value));
        Assert.Equal(FormulaText.Num((double?)value), numbers.Num((double?)value));
    }

    [Fact]
    public void Zero_and_negative_zero_keep_their_own_texts()
    {
        var numbers = new FormulaNumbers();

        Assert.Equal("0", numbers.Num(0.0));
        Assert.Equal("-0", numbers.Num(-0.0));
        Assert.Equal("0", numbers.Num(0.0));
    }

    [Fact]
    public void A_missing_number_is_a_dash()
    {
        Assert.Equal("–", new FormulaNumbers().Num((double?)null));
    }

    [Fact]
    public void A_recurring_number_is_the_same_text()
    {
        var numbers = new FormulaNumbers();

        Assert.Same(numbers.Num(63.95), numbers.Num(63.95));
    }
}
