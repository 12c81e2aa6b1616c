using SocialBalance.Api.Features.Observations.Writes;


namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>The row rules on their own, with worked numbers.</summary>
public sealed class ObservationChecksTests
{
    private static readonly WriteContext Context = new(
        new Dictionary<string, IndicatorRule>
        {
            ["share"] = new() { Code = "share", Unit = "%", MinValue = 0, MaxValue = 100, Decimals = 1 },
            ["count"] = new() { Code = "count", Unit = "count", MinValue = 0, MaxValue = 10_000_000, Decimals = 0 },
            ["official"] = new() { Code = "official", Unit = "%", MinValue = 0, MaxValue = 100, Decimals = 1 },
        },
        new HashSet<string> { "a", "b" },
        new ReporterPermissions(new HashSet<string> { "a" }, new HashSet<string> { "share", "count" }),
        2026);

    private static IReadOnlyList<(int, string)> Errors(params UncheckedObservation[] rows)
    {
        var outcome = ObservationChecks.Check(rows, Context);
        return outcome.Errors.Concat(outcome.Forbidden).Select(e => (e.Row, e.Field)).ToList();
    }

    private static UncheckedObservation Row(int row, double value, string indicator = "share", string area = "a", int year = 2020, double? numerator = null, double? denominator = null) =>
        new(row, indicator, area, year, value, numerator, denominator, null);

    [Theory]
    [InlineData(12.3, true)]     // one decimal, although 12.3 is not exact as a double
    [InlineData(0.1, true)]
    [InlineData(99.9, true)]
    [InlineData(12.34, false)]
    [InlineData(100.0, true)]
    [InlineData(100.1, false)]   // above the range
    [InlineData(-0.1, false)]    // below the range
    public void Decimals_and_range(double value, bool valid)
    {
        Assert.Equal(valid, Errors(Row(2, value)).Count == 0);
    }

    [Theory]
    [InlineData(33.3, 1.0, 3.0, true)]    // 100 × 1/3 = 33.33…, within half a last decimal of 33.3
    [InlineData(33.4, 1.0, 3.0, false)]
    [InlineData(25.0, 50.0, 200.0, true)]
    [InlineData(25.0, 0.0, 0.0, false)]   // no population
    public void A_share_must_agree_with_its_counts(double value, double numerator, double denominator, bool valid)
    {
        Assert.Equal(valid, Errors(Row(2, value, numerator: numerator, denominator: denominator)).Count == 0);
    }

    [Fact]
    public void A_count_is_the_plain_ratio_and_whole()
    {
        Assert.Empty(Errors(Row(2, 1, indicator: "count", numerator: 4, denominator: 4)));
        Assert.Equal([(2, "numerator")], Errors(Row(2, 5, indicator: "count", numerator: 10, denominator: 2)));
        Assert.Equal([(2, "value")], Errors(Row(2, 5.5, indicator: "count")));
    }

    [Fact]
    public void Duplicates_unknown_codes_years_and_other_areas_are_each_named()
    {
        var errors = Errors(
            Row(2, 50),
            Row(3, 50),                          // duplicate of row 2
            Row(4, 50, indicator: "nope"),
            Row(5, 50, year: 1989),
            Row(6, 50, year: 2027),
            Row(7, 50, area: "b"),               // known, but not the key's
            Row(8, double.NaN, year: 2021));

        Assert.Equal([(3, "year"), (4, "indicator"), (5, "year"), (6, "year"), (8, "value"), (7, "area")], errors);
    }

    [Fact]
    public void An_indicator_not_granted_and_an_area_not_linked_are_forbidden_and_unknown_codes_are_not_judged()
    {
        var outcome = ObservationChecks.Check(
        [
            Row(2, 50, indicator: "official"),                 // known, but not granted
            Row(3, 50, indicator: "official", area: "b"),      // neither granted nor linked: both named
            Row(4, 50, indicator: "nope", area: "b"),          // unknown indicator: 422, the area still 403
            Row(5, 50, area: "nowhere"),                       // unknown area: 422 only
        ], Context);

        Assert.Equal([(2, "indicator"), (3, "indicator"), (3, "area"), (4, "area")], outcome.Forbidden.Select(e => (e.Row, e.Field)));
        Assert.Equal([(4, "indicator"), (5, "area")], outcome.Errors.Select(e => (e.Row, e.Field)));
    }
}
