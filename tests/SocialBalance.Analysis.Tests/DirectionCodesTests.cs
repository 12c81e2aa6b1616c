namespace SocialBalance.Analysis.Tests;

public class DirectionCodesTests
{
    [Theory]
    [InlineData("higher-is-better", Direction.HigherIsBetter)]
    [InlineData("lower-is-better", Direction.LowerIsBetter)]
    [InlineData("neutral", Direction.Neutral)]
    [InlineData(" Lower-Is-Better ", Direction.LowerIsBetter)]
    public void Parse_reads_the_code(string code, Direction expected) =>
        Assert.Equal(expected, DirectionCodes.Parse(code));

    [Theory]
    [InlineData(Direction.HigherIsBetter, "higher-is-better")]
    [InlineData(Direction.LowerIsBetter, "lower-is-better")]
    [InlineData(Direction.Neutral, "neutral")]
    public void ToCode_writes_the_code(Direction direction, string expected) =>
        Assert.Equal(expected, direction.ToCode());

    [Theory]
    [InlineData("higher")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_rejects_unknown_codes(string? code) =>
        Assert.False(DirectionCodes.TryParse(code, out _));

    [Fact]
    public void Parse_names_the_valid_codes_when_it_fails()
    {
        var error = Assert.Throws<FormatException>(() => DirectionCodes.Parse("up"));
        Assert.Contains("higher-is-better", error.Message);
    }
}
