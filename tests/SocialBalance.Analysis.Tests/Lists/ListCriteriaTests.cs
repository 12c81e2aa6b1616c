using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Tests.TestData;
using static SocialBalance.Analysis.Tests.TestData.ListRuleSets;

namespace SocialBalance.Analysis.Tests.Lists;

/// <summary>Criteria, thresholds and boundaries under the 2021 rules.</summary>
public class ListCriteriaTests
{
    // C1 38 → 42 (avg 40.0), C2 2.0/2.38 vs national 0.72/0.74 (avg 2.19 vs 0.73), C3 45, C4 180,000 vs region 300,000.
    private static ListStatus WorkedExample(double watchMargin = 0.10) => ListClassifier.Classify(Rules2021, AreaYear.Request(2021,
        [
            new AreaYear(2020, OutsideWork: 38, Convicted: 2.0, NationalConvicted: 0.72),
            new AreaYear(2021, NonWestern: 51.8, OutsideWork: 42, Convicted: 2.38, NationalConvicted: 0.74,
                PrimarySchoolOnly: 45, GrossIncome: 180_000, RegionalGrossIncome: 300_000),
        ], watchMargin));

    private static CriterionResult Criterion(ListStatus status, string code) =>
        status.Evaluation!.Criteria.Single(c => c.Code == code);

    [Fact]
    public void C1_average_of_two_years_exactly_at_40_is_not_over_40()
    {
        var c1 = Criterion(WorkedExample(), "C1");

        Assert.Equal([2020, 2021], c1.AreaValues.Select(v => v.Year));
        Assert.Equal(40.0, c1.Value!.Value, 9);       // (38 + 42) / 2
        Assert.False(c1.Higher!.Met);                  // 40.0 > 40 is false
        Assert.Equal(0.0, c1.Higher.Margin, 9);
        Assert.True(c1.Lower!.Met);                    // 40.0 > 30
        Assert.Equal(10.0, c1.Lower.Margin, 9);        // 40 − 30
    }

    [Fact]
    public void C2_exactly_three_times_the_national_average_is_met()
    {
        var c2 = Criterion(WorkedExample(), "C2");

        Assert.Equal(2.19, c2.Value!.Value, 9);            // (2.0 + 2.38) / 2
        Assert.Equal(AreaYear.Nation, c2.ReferenceAreaCode);
        Assert.Equal(0.73, c2.ReferenceValue!.Value, 9);   // (0.72 + 0.74) / 2
        Assert.Equal(2.19, c2.Higher!.Threshold, 9);       // 3 × 0.73
        Assert.True(c2.Higher.Met);                        // 2.19 ≥ 2.19
        Assert.Equal(1.46, c2.Lower!.Threshold, 9);        // 2 × 0.73
        Assert.Equal(0.73, c2.Lower.Margin, 9);            // 2.19 − 1.46
    }

    [Fact]
    public void C4_is_a_share_of_the_regional_income_in_the_latest_year()
    {
        var c4 = Criterion(WorkedExample(), "C4");

        Assert.Equal(165_000, c4.Higher!.Threshold, 6);       // 0.55 × 300,000
        Assert.False(c4.Higher.Met);                          // 180,000 < 165,000 is false
        Assert.Equal(-15_000, c4.Higher.Margin, 6);           // 165,000 − 180,000
        Assert.Equal(-0.090909, c4.Higher.RelativeMargin); // −15,000 / 165,000 = −0.0909091
        Assert.Equal(195_000, c4.Lower!.Threshold, 6);        // 0.65 × 300,000
        Assert.True(c4.Lower.Met);
    }

    [Fact]
    public void Worked_example_is_a_prevention_area_one_criterion_short_of_vulnerable()
    {
        var status = WorkedExample();

        Assert.Equal(ListOutcome.Classified, status.Outcome);
        Assert.Equal(ListCategory.Prevention, status.Category);
        Assert.Equal([ListCategory.Prevention], status.DefinitionsMet);
        var prevention = status.Evaluation!.Find(ListCategory.Prevention)!;
        Assert.Equal(["C1", "C2", "C4"], prevention.CriteriaMetCodes);
        Assert.True(prevention.NonWestern!.Met); // 51.8 > 30
        Assert.Equal(["C2"], status.Evaluation.Find(ListCategory.Vulnerable)!.CriteriaMetCodes);
        Assert.False(status.Transformation!.Met);

        Assert.True(status.Watch.OnWatch);
        Assert.Contains(status.Watch.Reasons, r => r.StartsWith("one criterion short of udsat boligområde", StringComparison.Ordinal));
        Assert.Contains(status.Watch.Reasons, r => r.StartsWith("C1 is within 10% of its higher threshold", StringComparison.Ordinal));
        Assert.Contains(status.Watch.Reasons, r => r.StartsWith("C4 is within 10% of its higher threshold", StringComparison.Ordinal));
        Assert.DoesNotContain(status.Watch.Reasons, r => r.StartsWith("C3", StringComparison.Ordinal)); // 45 vs 60 is 25% away
    }

    [Fact]
    public void Watch_margin_is_configurable()
    {
        var status = WorkedExample(watchMargin: 0.05);

        Assert.Contains(status.Watch.Reasons, r => r.StartsWith("C1 is within 5%", StringComparison.Ordinal)); // 0% away
        Assert.DoesNotContain(status.Watch.Reasons, r => r.StartsWith("C4", StringComparison.Ordinal));       // 9.09% away
    }

    [Theory]
    [InlineData(39.9, 40.1, false)] // avg 40.0: not > 40
    [InlineData(40.0, 40.1, true)]  // avg 40.05
    public void C1_boundary_is_strict(double first, double second, bool expected)
    {
        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021,
            [new AreaYear(2020, OutsideWork: first), new AreaYear(2021, OutsideWork: second)]));

        Assert.Equal(expected, Criterion(status, "C1").Higher!.Met);
    }

    [Theory]
    [InlineData(1.90, 2.00, true)]  // avg 1.95 = 3 × 0.65, though 3 × 0.65 is 1.9500000000000002 in doubles
    [InlineData(1.90, 1.99, false)] // avg 1.945 < 1.95
    public void C2_boundary_is_inclusive_despite_floating_point(double first, double second, bool expected)
    {
        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021,
        [
            new AreaYear(2020, Convicted: first, NationalConvicted: 0.65),
            new AreaYear(2021, Convicted: second, NationalConvicted: 0.65),
        ]));

        Assert.Equal(expected, Criterion(status, "C2").Higher!.Met);
    }

    [Theory]
    [InlineData(165_000, false)] // exactly 55% of 300,000 is not below it
    [InlineData(164_999, true)]
    public void C4_boundary_is_strict(double income, bool expected)
    {
        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021,
            [new AreaYear(2020), new AreaYear(2021, GrossIncome: income, RegionalGrossIncome: 300_000)]));

        Assert.Equal(expected, Criterion(status, "C4").Higher!.Met);
    }

    [Fact]
    public void Non_western_share_of_exactly_50_is_not_a_parallel_society()
    {
        var years = Enumerable.Range(2016, 6).Select(y => AreaYear.ParallelSociety(y) with { NonWestern = 50 });

        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021, years));

        Assert.Equal(ListCategory.Vulnerable, status.Category);
        Assert.False(status.Evaluation!.Find(ListCategory.ParallelSociety)!.NonWestern!.Met);
        Assert.Contains(status.Watch.Reasons, r => r.Contains("but the non-Western share 50 is not above 50"));
    }

    [Fact]
    public void Rules_without_a_lower_level_report_no_lower_thresholds()
    {
        var status = ListClassifier.Classify(Rules2018, AreaYear.Request(2020,
            [new AreaYear(2019, OutsideWork: 35), new AreaYear(2020, OutsideWork: 35)]));

        Assert.All(status.Evaluation!.Criteria, c => Assert.Null(c.Lower));
        Assert.Null(status.Evaluation.Find(ListCategory.Prevention));
        Assert.Equal(ListCategory.None, status.Category);
    }
}
