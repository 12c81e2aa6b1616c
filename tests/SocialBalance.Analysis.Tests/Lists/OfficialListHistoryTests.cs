using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Tests.TestData;
using static SocialBalance.Analysis.Tests.TestData.AreaYear;
using static SocialBalance.Analysis.Tests.TestData.ListRuleSets;

namespace SocialBalance.Analysis.Tests.Lists;

/// <summary>
/// The stored official lists decide the years the figures cannot: before the first rule set (2018 here), and inside the
/// transformation rule's window. The figures come first wherever they decide.
/// </summary>
public class OfficialListHistoryTests
{
    private static readonly ListRuleSetCatalog Catalog = new([Rules2018, Rules2021]);

    private static ListClassificationRequest WithLists(ListClassificationRequest request, params (int Year, ListCategory Category)[] lists) =>
        request with { OfficialList = lists.ToDictionary(l => l.Year, l => l.Category) };

    [Fact]
    public void A_year_before_the_first_rule_set_takes_the_category_of_its_stored_list()
    {
        var status = ListClassifier.Classify(Catalog, WithLists(ParallelSocietyEveryYear(2016), (2016, ListCategory.ParallelSociety)));

        Assert.Equal((ListOutcome.Classified, ListCategory.ParallelSociety, ListBasis.OfficialList), (status.Outcome, status.Category, status.Basis));
        Assert.Null(status.RuleSetCode);
        Assert.Null(status.Evaluation);
        // A parallel society is a vulnerable area by law; the list says nothing of the criteria.
        Assert.Equal([ListCategory.ParallelSociety, ListCategory.Vulnerable], status.DefinitionsMet);
        Assert.Empty(status.DefinitionsUndetermined);
    }

    [Fact]
    public void A_stored_list_that_does_not_name_the_area_says_it_was_on_no_list()
    {
        var status = ListClassifier.Classify(Catalog, WithLists(ParallelSocietyEveryYear(2017), (2017, ListCategory.None)));

        Assert.Equal((ListOutcome.Classified, ListCategory.None, ListBasis.OfficialList), (status.Outcome, status.Category, status.Basis));
        Assert.Empty(status.DefinitionsMet);
    }

    [Fact]
    public void A_year_before_the_first_rule_set_without_a_stored_list_is_insufficient_data()
    {
        // Lists are stored for 2015 and 2017, not for 2016.
        var request = WithLists(ParallelSocietyEveryYear(2016), (2015, ListCategory.Vulnerable), (2017, ListCategory.Vulnerable));

        var status = ListClassifier.Classify(Catalog, request);

        Assert.Equal((ListOutcome.InsufficientData, ListCategory.None, ListBasis.None), (status.Outcome, status.Category, status.Basis));
        Assert.Null(status.RuleSetCode);
    }

    [Fact]
    public void A_transformation_window_reaching_before_the_first_rule_set_is_decided_by_the_stored_list()
    {
        // 2021 rules: 5 years, 2021–2017. 2021 (rules 2021) and 2020–2018 (rules 2018) are parallel societies by their
        // figures; 2017 has no rule set, and the stored list of 2017 named the area a parallel society ("ghetto").
        var status = ListClassifier.Classify(Catalog, WithLists(ParallelSocietyEveryYear(2021), (2017, ListCategory.ParallelSociety)));

        Assert.Equal((ListOutcome.Classified, ListCategory.Transformation, ListBasis.Figures), (status.Outcome, status.Category, status.Basis));
        var years = status.Transformation!.Years;
        Assert.Equal([2021, 2020, 2019, 2018, 2017], years.Select(y => y.Year));
        Assert.Equal([ListBasis.Figures, ListBasis.Figures, ListBasis.Figures, ListBasis.Figures, ListBasis.OfficialList], years.Select(y => y.Basis));
        Assert.Equal([true, true, true, true, true], years.Select(y => y.IsParallelSociety));
        Assert.Null(years[4].RuleSetCode);
        Assert.Equal((5, true), (status.Transformation.ConsecutiveYears, status.Transformation.Met));
    }

    [Fact]
    public void A_stored_list_naming_the_area_less_severely_breaks_the_run()
    {
        // The list of 2017 named the area a vulnerable area only: 2017 was no parallel society, so the run is 4 years.
        var status = ListClassifier.Classify(Catalog, WithLists(ParallelSocietyEveryYear(2021), (2017, ListCategory.Vulnerable)));

        Assert.Equal((ListOutcome.Classified, ListCategory.ParallelSociety), (status.Outcome, status.Category));
        Assert.Equal((4, false), (status.Transformation!.ConsecutiveYears, status.Transformation.Met));
        Assert.Equal((false, ListBasis.OfficialList), (status.Transformation.Years[4].IsParallelSociety, status.Transformation.Years[4].Basis));
        Assert.Contains("parallel society for 4 consecutive years; 5 make a omdannelsesområde", status.Watch.Reasons);
    }

    [Fact]
    public void The_figures_come_first_where_they_decide()
    {
        // Stored lists that name the area nowhere, yet its figures make it a parallel society every year, 2016–2021.
        var lists = Enumerable.Range(2016, 6).Select(y => (y, ListCategory.None)).ToArray();

        var status = ListClassifier.Classify(Rules2021, WithLists(ParallelSocietyEveryYear(2021), lists));

        Assert.Equal((ListCategory.Transformation, ListBasis.Figures), (status.Category, status.Basis));
        Assert.All(status.Transformation!.Years, y => Assert.Equal(ListBasis.Figures, y.Basis));
    }

    [Fact]
    public void A_missing_figure_is_settled_by_the_stored_list_of_the_year()
    {
        // C1 (45 > 40, and > 30) is met; C3 of 2021 is missing, so vulnerable and prevention are open by the figures.
        var rows = Years(2020, 2021, y => new AreaYear(y, OutsideWork: 45))
            .SelectMany(y => y.Rows())
            .Where(r => !(r.IndicatorCode == PrimarySchoolOnly && r.Year == 2021))
            .ToList();

        var listed = ListClassifier.Classify(Rules2021, WithLists(AreaYear.Request(2021, rows), (2021, ListCategory.Vulnerable)));
        var notNamed = ListClassifier.Classify(Rules2021, WithLists(AreaYear.Request(2021, rows), (2021, ListCategory.None)));
        var neither = ListClassifier.Classify(Rules2021, WithLists(AreaYear.Request(2021, rows), (2020, ListCategory.Vulnerable)));

        Assert.Equal((ListOutcome.Classified, ListCategory.Vulnerable, ListBasis.OfficialList), (listed.Outcome, listed.Category, listed.Basis));
        Assert.Equal([ListCategory.Vulnerable], listed.DefinitionsMet);
        // The list does not say whether a vulnerable area also met the prevention definition: still open, and less severe.
        Assert.Equal([ListCategory.Prevention], listed.DefinitionsUndetermined);
        Assert.Contains(listed.MissingFigures, m => m.IndicatorCode == PrimarySchoolOnly && m.Year == 2021);

        Assert.Equal((ListOutcome.Classified, ListCategory.None, ListBasis.OfficialList), (notNamed.Outcome, notNamed.Category, notNamed.Basis));
        Assert.Empty(notNamed.DefinitionsUndetermined);

        Assert.Equal((ListOutcome.InsufficientData, ListBasis.None), (neither.Outcome, neither.Basis));
        Assert.Equal([ListCategory.Vulnerable, ListCategory.Prevention], neither.DefinitionsUndetermined);
    }

    [Fact]
    public void The_stored_list_of_a_year_its_figures_leave_open_also_says_whether_it_was_a_transformation_area()
    {
        // Parallel society by the figures 2017–2020; the non-Western share of 2021 is missing, so 2021 is open.
        var rows = Years(2016, 2021, AreaYear.ParallelSociety)
            .SelectMany(y => y.Rows())
            .Where(r => !(r.IndicatorCode == NonWestern && r.Year == 2021))
            .ToList();

        var transformation = ListClassifier.Classify(Rules2021, WithLists(AreaYear.Request(2021, rows), (2021, ListCategory.Transformation)));
        var parallel = ListClassifier.Classify(Rules2021, WithLists(AreaYear.Request(2021, rows), (2021, ListCategory.ParallelSociety)));

        Assert.Equal((ListOutcome.Classified, ListCategory.Transformation, ListBasis.OfficialList),
            (transformation.Outcome, transformation.Category, transformation.Basis));
        Assert.Equal((5, true), (transformation.Transformation!.ConsecutiveYears, transformation.Transformation.Met));
        Assert.Equal((true, ListBasis.OfficialList), (transformation.Transformation.Years[0].IsParallelSociety, transformation.Transformation.Years[0].Basis));

        // The list of 2021 named it a parallel society, not a transformation area: the list of the year decides that too.
        Assert.Equal((ListCategory.ParallelSociety, false), (parallel.Category, parallel.Transformation!.Met));
        // Vulnerable by the figures (C1 and C3, no non-Western rule); prevention needs the missing share and the list is silent.
        Assert.Equal([ListCategory.ParallelSociety, ListCategory.Vulnerable], parallel.DefinitionsMet);
        Assert.Equal([ListCategory.Prevention], parallel.DefinitionsUndetermined);
    }
}
