using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Tests.TestData;
using static SocialBalance.Analysis.Tests.TestData.ListRuleSets;

namespace SocialBalance.Analysis.Tests.Lists;

/// <summary>
/// Values exactly at a threshold, with figures whose double arithmetic carries noise: averages, thresholds and
/// margins are decimal numbers, and the value is judged against the threshold as shown.
/// </summary>
public class ThresholdPrecisionTests
{
    private static readonly Dictionary<string, int> Decimals = new()
    {
        [OutsideWork] = 1,
        [Convicted] = 2,
        [GrossIncome] = 0,
        [NonWestern] = 1,
        [Residents] = 0,
        [PrimarySchoolOnly] = 1,
    };

    private static ListStatus Classify(ListRuleSet rules, params AreaYear[] years) =>
        ListClassifier.Classify(rules, AreaYear.Request(years[^1].Year, years) with { IndicatorDecimals = Decimals });

    private static CriterionResult Criterion(ListStatus status, string code) => status.Evaluation!.Criteria.Single(c => c.Code == code);

    [Fact]
    public void Income_exactly_at_55_percent_of_the_region_is_not_below_it()
    {
        // 0.55 × 402,000 is 221,100.00000000003 in doubles.
        var c4 = Criterion(Classify(Rules2021, new AreaYear(2021, GrossIncome: 221_100, RegionalGrossIncome: 402_000)), "C4");

        Assert.Equal(221_100, c4.Higher!.Threshold);
        Assert.False(c4.Higher.Met);                 // 221,100 < 221,100 is false
        Assert.Equal(0, c4.Higher.Margin);
        Assert.Equal(0, c4.Higher.RelativeMargin);
        Assert.Equal(261_300, c4.Lower!.Threshold);  // 0.65 × 402,000
    }

    [Fact]
    public void Convicted_exactly_at_three_times_a_noisy_national_average_is_at_or_over_it()
    {
        // National (0.1 + 0.2) / 2 = 0.15000000000000002 and × 3 = 0.45000000000000007 in doubles; area (0.4 + 0.5) / 2 = 0.45.
        var c2 = Criterion(Classify(Rules2021,
            new AreaYear(2020, Convicted: 0.4, NationalConvicted: 0.1),
            new AreaYear(2021, Convicted: 0.5, NationalConvicted: 0.2)), "C2");

        Assert.Equal((0.45, 0.15), (c2.Value, c2.ReferenceValue));
        Assert.Equal(0.45, c2.Higher!.Threshold);
        Assert.True(c2.Higher.Met);                  // 0.45 ≥ 0.45
        Assert.Equal(0, c2.Higher.Margin);
        Assert.Equal(0.3, c2.Lower!.Threshold);      // 2 × 0.15
        Assert.Equal(0.15, c2.Lower.Margin);
    }

    [Fact]
    public void An_average_exactly_at_an_absolute_threshold_is_not_over_it()
    {
        var c1 = Criterion(Classify(Rules2021, new AreaYear(2020, OutsideWork: 30.1), new AreaYear(2021, OutsideWork: 29.9)), "C1");

        Assert.Equal(30, c1.Value);
        Assert.False(c1.Lower!.Met);                 // 30 > 30 is false
        Assert.Equal(0, c1.Lower.Margin);
        Assert.Equal(-10, c1.Higher!.Margin);
    }

    [Fact]
    public void A_rounded_threshold_is_the_one_the_value_is_judged_against()
    {
        // Three years: the national average 0.31 / 3 = 0.103333… is shown as 0.10333 (2 + 3 decimals), and the
        // threshold as 3 × 0.10333 = 0.30999. An area at 0.31 is over the threshold shown, by 0.00001.
        var rules = Rules2021 with
        {
            Criteria = [new ListCriterion("C2", Convicted, CriterionKind.MultipleOfNationalAverage, ComparisonOperator.GreaterThan, 3, null, 3)],
        };
        var c2 = Criterion(Classify(rules,
            new AreaYear(2019, Convicted: 0.31, NationalConvicted: 0.1),
            new AreaYear(2020, Convicted: 0.31, NationalConvicted: 0.1),
            new AreaYear(2021, Convicted: 0.31, NationalConvicted: 0.11)), "C2");

        Assert.Equal((0.31, 0.10333, 0.30999), (c2.Value, c2.ReferenceValue, c2.Higher!.Threshold));
        Assert.True(c2.Higher.Met);
        Assert.Equal(0.00001, c2.Higher.Margin);
    }

    [Fact]
    public void Without_the_indicators_decimals_averages_keep_nine()
    {
        var request = AreaYear.Request(2021, [new AreaYear(2019), new AreaYear(2020), new AreaYear(2021, NationalConvicted: 0.74)]);
        var rules = Rules2021 with
        {
            Criteria = [new ListCriterion("C2", Convicted, CriterionKind.MultipleOfNationalAverage, ComparisonOperator.GreaterThan, 3, null, 3)],
        };

        var c2 = Criterion(ListClassifier.Classify(rules, request), "C2");

        Assert.Equal(0.733333333, c2.ReferenceValue); // (0.73 + 0.73 + 0.74) / 3
        Assert.Equal(2.199999999, c2.Higher!.Threshold);
    }

    [Fact]
    public void A_non_western_share_exactly_at_the_rule_is_not_above_it()
    {
        var status = Classify(Rules2021,
            new AreaYear(2020, OutsideWork: 45), new AreaYear(2021, NonWestern: 50, OutsideWork: 45, PrimarySchoolOnly: 65));
        var parallel = status.Evaluation!.Find(ListCategory.ParallelSociety)!;

        Assert.Equal((false, 0.0), (parallel.NonWestern!.Met!.Value, parallel.NonWestern.Margin!.Value));
        Assert.Equal(ListCategory.Vulnerable, status.Category);
    }

    [Fact]
    public void The_request_gives_each_indicator_its_unit_decimals()
    {
        var request = AreaYear.Request(2021, [new AreaYear(2021)]) with { IndicatorDecimals = Decimals };

        Assert.Equal((3, 4, 5), (request.UnitDecimals(GrossIncome), request.UnitDecimals(OutsideWork), request.UnitDecimals(Convicted)));
        Assert.Equal(DerivedPrecision.MaxDecimals, request.UnitDecimals("an-indicator-not-given"));
    }
}
