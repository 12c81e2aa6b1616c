using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Tests.TestData;
using static SocialBalance.Analysis.Tests.TestData.AreaYear;
using static SocialBalance.Analysis.Tests.TestData.ListRuleSets;

namespace SocialBalance.Analysis.Tests.Lists;

/// <summary>Transformation areas: a run of parallel-society years, each judged by its own rule set.</summary>
public class ListTransformationTests
{
    [Fact]
    public void Five_consecutive_parallel_society_years_make_a_transformation_area()
    {
        var status = ListClassifier.Classify(Rules2021, ParallelSocietyEveryYear(2021));

        Assert.Equal(ListCategory.Transformation, status.Category);
        Assert.Equal(
            [ListCategory.Transformation, ListCategory.ParallelSociety, ListCategory.Vulnerable, ListCategory.Prevention],
            status.DefinitionsMet);
        Assert.Equal([2021, 2020, 2019, 2018, 2017], status.Transformation!.Years.Select(y => y.Year));
        Assert.Equal(5, status.Transformation.ConsecutiveYears);
        Assert.Equal(ListOutcome.Classified, status.Outcome);
    }

    [Fact]
    public void Four_consecutive_years_are_not_enough_under_the_2021_rules()
    {
        // 2016–2017 meet the criteria but not the non-Western rule (40%), so the run starts in 2018.
        var years = Years(2016, 2021, y => AreaYear.ParallelSociety(y) with { NonWestern = y >= 2018 ? 55 : 40 });

        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021, years));

        Assert.Equal(ListCategory.ParallelSociety, status.Category);
        Assert.False(status.Transformation!.Met);
        Assert.Equal(4, status.Transformation.ConsecutiveYears);
        Assert.Contains(status.Watch.Reasons, r => r == "parallel society for 4 consecutive years; 5 make a omdannelsesområde");
    }

    [Fact]
    public void Four_consecutive_years_make_a_hard_ghetto_under_the_2018_rules()
    {
        var years = Years(2016, 2020, y => AreaYear.ParallelSociety(y) with { NonWestern = y >= 2017 ? 55 : 40 });

        var status = ListClassifier.Classify(Rules2018, AreaYear.Request(2020, years));

        Assert.Equal(ListCategory.Transformation, status.Category);
        Assert.Equal("hårdt ghettoområde", status.Transformation!.Name);
    }

    [Fact]
    public void Transformation_years_use_their_own_rule_set_and_a_year_without_one_stays_open()
    {
        var catalog = new ListRuleSetCatalog([Rules2018, Rules2021]);

        var status = ListClassifier.Classify(catalog, ParallelSocietyEveryYear(2021));

        Assert.Equal(["2021", "2018", "2018", "2018", null], status.Transformation!.Years.Select(y => y.RuleSetCode));
        Assert.Null(status.Transformation.Met); // 2017 had no rule set in the catalogue, and no list of 2017 is given
        Assert.Equal(ListBasis.None, status.Transformation.Years[4].Basis);
        Assert.Equal(ListOutcome.InsufficientData, status.Outcome);
        Assert.Equal(ListCategory.ParallelSociety, status.Category);
        Assert.Equal([ListCategory.Transformation], status.DefinitionsUndetermined);
    }

    [Fact]
    public void A_function_can_supply_the_rule_set_of_each_year()
    {
        var stricter = Rules2018 with
        {
            Code = "stricter-before-2021",
            Categories = [new ListCategoryRule(ListCategory.ParallelSociety, "ghettoområde", CriteriaLevel.Higher, 2, 60)],
        };

        var sameRules = ListClassifier.Classify(y => Rules2021, ParallelSocietyEveryYear(2021));
        var ownRules = ListClassifier.Classify(y => y >= 2021 ? Rules2021 : stricter, ParallelSocietyEveryYear(2021));

        Assert.Equal(ListCategory.Transformation, sameRules.Category);
        Assert.Equal(ListCategory.ParallelSociety, ownRules.Category); // 55% is not above 60% before 2021
        Assert.Equal(1, ownRules.Transformation!.ConsecutiveYears);
    }
}
