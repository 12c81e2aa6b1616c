using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Observations;
using SocialBalance.Analysis.Tests.TestData;
using static SocialBalance.Analysis.Tests.TestData.ListRuleSets;

namespace SocialBalance.Analysis.Tests.Lists;

/// <summary>
/// The earlier years of the transformation rule are judged by ListYearEvaluator.ParallelSociety, which keeps no
/// evidence; it must find what the full evaluation finds, for figures on, above and below every threshold and with
/// any figure missing.
/// </summary>
public class ParallelSocietyYearTests
{
    private static readonly ListRuleSet WithoutParallelSociety = Rules2021 with
    {
        Categories = [new ListCategoryRule(ListCategory.Vulnerable, "udsat boligområde", CriteriaLevel.Higher, 2, null)],
    };

    private static readonly ListRuleSet ParallelSocietyAtLowerLevel = Rules2021 with
    {
        Categories = [new ListCategoryRule(ListCategory.ParallelSociety, "parallelsamfund", CriteriaLevel.Lower, 2, 30)],
    };

    public static TheoryData<string> RuleSets => ["2021", "2018", "without", "lower"];

    private static ListRuleSet Named(string name) => name switch
    {
        "2021" => Rules2021,
        "2018" => Rules2018,
        "without" => WithoutParallelSociety,
        _ => ParallelSocietyAtLowerLevel,
    };

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Finds_what_the_full_evaluation_finds(string ruleSet)
    {
        var rules = Named(ruleSet);
        var random = new Random(20211130);
        var outcomes = new HashSet<bool?>();
        for (var sample = 0; sample < 2_000; sample++)
        {
            var request = AreaYear.Request(2021, RandomRows(random));
            var full = ListYearEvaluator.Evaluate(rules, request, 2021);
            var category = full.Find(ListCategory.ParallelSociety);

            var lean = ListYearEvaluator.ParallelSociety(rules, request, 2021);

            Assert.Equal(2021, lean.Year);
            Assert.Equal(rules.Code, lean.RuleSetCode);
            Assert.Equal(category is null ? false : category.Met, lean.IsParallelSociety);
            Assert.Equal(category?.Met is null ? full.MissingFigures : [], lean.MissingFigures);
            outcomes.Add(lean.IsParallelSociety);
        }

        // The samples reach every answer the rule set can give.
        bool?[] possible = ruleSet == "without" ? [false] : [true, false, null];
        Assert.True(outcomes.SetEquals(possible), $"answers found: {string.Join(", ", outcomes)}");
    }

    [Fact]
    public void A_criterion_over_too_few_years_is_refused_as_by_the_full_evaluation()
    {
        var rules = Rules2021 with { Criteria = [Rules2021.Criteria[0] with { PeriodYears = 0 }] };
        var request = AreaYear.Request(2021, [AreaYear.ParallelSociety(2021)]);

        Assert.Throws<ArgumentException>(() => ListYearEvaluator.Evaluate(rules, request, 2021));
        Assert.Throws<ArgumentException>(() => ListYearEvaluator.ParallelSociety(rules, request, 2021));
    }

    // Two years of figures for the area, the nation and the region, each figure picked from values on, just above
    // and just below the thresholds of both rule sets, and about one in twelve left out.
    private static IEnumerable<Observation> RandomRows(Random random)
    {
        double Pick(params double[] values) => values[random.Next(values.Length)];
        foreach (var year in new[] { 2020, 2021 })
        {
            var figures = new AreaYear(
                year,
                Residents: Pick(999, 1000, 3000),
                NonWestern: Pick(29.9, 30, 30.1, 50, 50.1, 70),
                OutsideWork: Pick(20, 29.9, 30, 30.1, 40, 40.1, 55),
                Convicted: Pick(0.5, 1.46, 1.5, 2.19, 2.2, 3),
                NationalConvicted: Pick(0.73, 0.75),
                PrimarySchoolOnly: Pick(30, 60, 60.1, 70),
                GrossIncome: Pick(150_000, 165_000, 195_000, 250_000),
                RegionalGrossIncome: Pick(300_000));
            foreach (var row in figures.Rows())
            {
                if (random.Next(12) != 0) yield return row;
            }
        }
    }
}
