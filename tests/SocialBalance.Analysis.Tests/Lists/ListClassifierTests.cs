using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Tests.TestData;
using static SocialBalance.Analysis.Tests.TestData.AreaYear;
using static SocialBalance.Analysis.Tests.TestData.ListRuleSets;

namespace SocialBalance.Analysis.Tests.Lists;

/// <summary>Rule sets chosen by year, new rule sets as data, and missing figures.</summary>
public class ListClassifierTests
{
    [Fact]
    public void Each_year_is_classified_with_the_rule_set_valid_that_year()
    {
        // Lower thresholds only: C1 35 (> 30), C4 190,000 (< 65% of 300,000); non-Western 40 (> 30).
        var catalog = new ListRuleSetCatalog([Rules2021, Rules2018]);
        var request = AreaYear.Request(2021, Years(2019, 2021, y => new AreaYear(y, OutsideWork: 35, GrossIncome: 190_000)));

        var in2020 = ListClassifier.Classify(catalog, request with { Year = 2020 });
        var in2021 = ListClassifier.Classify(catalog, request);

        Assert.Equal(("2018", ListCategory.None), (in2020.RuleSetCode, in2020.Category)); // no prevention areas before 2021
        Assert.Equal(("2021", ListCategory.Prevention), (in2021.RuleSetCode, in2021.Category));
    }

    [Fact]
    public void A_new_rule_set_is_used_without_code_changes()
    {
        // A hypothetical law: a fifth criterion (feeling safe below 50%), no non-Western rule, 3 of 5 criteria.
        var rules2026 = new ListRuleSet("2026", 2026, null, 1000, Residents, NonWestern,
            [.. Rules2021.Criteria, new ListCriterion("C5", "feel-safe", CriterionKind.AbsoluteThreshold, ComparisonOperator.LessThan, 50, 60, 1)],
            [
                new ListCategoryRule(ListCategory.Vulnerable, "udsat boligområde", CriteriaLevel.Higher, 3, null),
                new ListCategoryRule(ListCategory.Prevention, "forebyggelsesområde", CriteriaLevel.Lower, 3, null),
            ],
            Transformation: null);
        var catalog = new ListRuleSetCatalog([Rules2018, Rules2021 with { ValidTo = 2025 }, rules2026]);
        var rows = Years(2025, 2026, y => new AreaYear(y, NonWestern: 10, OutsideWork: 45, PrimarySchoolOnly: 65))
            .SelectMany(y => y.Rows())
            .Append(new("feel-safe", AreaYear.Area, 2026, 45));

        var status = ListClassifier.Classify(catalog, AreaYear.Request(2026, rows));

        Assert.Equal("2026", status.RuleSetCode);
        Assert.Equal(ListCategory.Vulnerable, status.Category);
        Assert.Equal(["C1", "C3", "C5"], status.Evaluation!.Find(ListCategory.Vulnerable)!.CriteriaMetCodes);
        Assert.Null(status.Transformation);
    }

    [Fact]
    public void A_plain_list_of_rule_sets_is_accepted()
    {
        var status = ListClassifier.Classify([Rules2018, Rules2021], ParallelSocietyEveryYear(2020));

        Assert.Equal("2018", status.RuleSetCode);
        Assert.Equal(["2018", "2018", "2018", null], status.Transformation!.Years.Select(y => y.RuleSetCode));
    }

    [Fact]
    public void Overlapping_rule_sets_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new ListRuleSetCatalog([Rules2021, Rules2018 with { ValidTo = null }]));

    [Fact]
    public void A_year_without_rules_or_a_stored_list_is_insufficient_data()
    {
        var status = ListClassifier.Classify(new ListRuleSetCatalog([Rules2021]), ParallelSocietyEveryYear(2019));

        Assert.Equal((ListOutcome.InsufficientData, ListBasis.None, ListCategory.None), (status.Outcome, status.Basis, status.Category));
        Assert.Null(status.RuleSetCode);
    }

    [Fact]
    public void A_missing_figure_that_could_change_the_category_is_named()
    {
        // C1 is met; C3 for 2021 is missing, and with it the area could be vulnerable.
        var rows = Years(2020, 2021, y => new AreaYear(y, OutsideWork: 45))
            .SelectMany(y => y.Rows())
            .Where(r => !(r.IndicatorCode == PrimarySchoolOnly && r.Year == 2021));

        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021, rows));

        Assert.Equal(ListOutcome.InsufficientData, status.Outcome);
        var missing = Assert.Single(status.MissingFigures);
        Assert.Equal((PrimarySchoolOnly, AreaYear.Area, (int?)2021), (missing.IndicatorCode, missing.AreaCode, missing.Year));
        Assert.Contains(ListCategory.Vulnerable, status.DefinitionsUndetermined);
        Assert.Null(status.Evaluation!.Criteria.Single(c => c.Code == "C3").Value);
    }

    [Fact]
    public void A_missing_national_average_is_named_with_the_national_area()
    {
        var rows = Years(2020, 2021, y => new AreaYear(y, OutsideWork: 45))
            .SelectMany(y => y.Rows())
            .Where(r => !(r.AreaCode == AreaYear.Nation && r.Year == 2020));

        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021, rows));

        Assert.Contains(status.MissingFigures, m => m.AreaCode == AreaYear.Nation && m.Year == 2020 && m.IndicatorCode == Convicted);
        Assert.Equal(ListOutcome.InsufficientData, status.Outcome);
    }

    [Fact]
    public void A_missing_figure_that_cannot_change_the_category_still_classifies()
    {
        var rows = Years(2016, 2021, AreaYear.ParallelSociety)
            .SelectMany(y => y.Rows())
            .Where(r => !(r.AreaCode == AreaYear.Region && r.Year == 2021));

        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021, rows));

        Assert.Equal(ListOutcome.Classified, status.Outcome);
        Assert.Equal(ListCategory.Transformation, status.Category); // C1 and C3 suffice
        Assert.Contains(status.MissingFigures, m => m.AreaCode == AreaYear.Region);
    }

    [Fact]
    public void Fewer_residents_than_the_minimum_is_no_area()
    {
        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021,
            Years(2016, 2021, y => AreaYear.ParallelSociety(y) with { Residents = 999 })));

        Assert.Equal(ListOutcome.BelowMinimumResidents, status.Outcome);
        Assert.Equal(ListCategory.None, status.Category);
        Assert.Empty(status.DefinitionsMet);
        Assert.False(status.Watch.OnWatch);
    }

    [Fact]
    public void Missing_residents_figure_is_insufficient_data()
    {
        var rows = Years(2020, 2021, AreaYear.ParallelSociety)
            .SelectMany(y => y.Rows())
            .Where(r => !(r.IndicatorCode == Residents && r.Year == 2021));

        var status = ListClassifier.Classify(Rules2021, AreaYear.Request(2021, rows));

        Assert.Equal(ListOutcome.InsufficientData, status.Outcome);
        Assert.Contains(status.MissingFigures, m => m.IndicatorCode == Residents && m.Year == 2021);
    }
}
