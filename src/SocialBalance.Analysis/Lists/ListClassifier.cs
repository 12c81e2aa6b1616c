using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

/// <summary>Classifies an area under the ministry's list rules (almenboligloven §§ 61 a–61 b).</summary>
public static class ListClassifier
{
    /// <summary>Classifies with one rule set, used for every year (also the earlier years of the transformation rule).</summary>
    public static ListStatus Classify(ListRuleSet ruleSet, ListClassificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Classify(_ => ruleSet, request);
    }

    /// <summary>Classifies each year with the rule set the catalogue holds as valid in that year.</summary>
    public static ListStatus Classify(ListRuleSetCatalog catalog, ListClassificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Classify(catalog.ValidIn, request);
    }

    /// <summary>Classifies each year with the rule set, among <paramref name="ruleSets"/>, valid in that year.</summary>
    public static ListStatus Classify(IEnumerable<ListRuleSet> ruleSets, ListClassificationRequest request) =>
        Classify(new ListRuleSetCatalog(ruleSets), request);

    /// <summary>Classifies each year with the rule set <paramref name="ruleSetForYear"/> returns (null = none valid).</summary>
    public static ListStatus Classify(Func<int, ListRuleSet?> ruleSetForYear, ListClassificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(ruleSetForYear);
        ArgumentNullException.ThrowIfNull(request);
        var rules = ruleSetForYear(request.Year);
        if (rules is null)
        {
            return new ListStatus(request.AreaCode, request.Year, null, ListOutcome.NoRuleSet, ListCategory.None,
                [], [], null, null, new WatchResult(false, request.WatchRelativeMargin, []), []);
        }

        var evaluation = ListYearEvaluator.Evaluate(rules, request, request.Year);
        var transformation = rules.Transformation is { } rule
            ? Transformation(rule, evaluation, ruleSetForYear, request)
            : null;

        var met = new List<ListCategory>(4);
        var open = new List<ListCategory>(4);
        for (var i = 0; i < evaluation.Categories.Count; i++)
        {
            Tally(evaluation.Categories[i].Category, evaluation.Categories[i].Met, met, open);
        }

        if (transformation is not null) Tally(ListCategory.Transformation, transformation.Met, met, open);
        // Most severe first. Equal categories cannot be told apart, so this sort gives what a stable one would.
        met.Sort(static (a, b) => b.CompareTo(a));
        open.Sort(static (a, b) => b.CompareTo(a));
        var category = met.Count > 0 ? met[0] : ListCategory.None;

        var missing = evaluation.MissingFigures;
        if (transformation is { Met: null })
        {
            var all = missing.ToList();
            for (var i = 1; i < transformation.Years.Count; i++)
            {
                all.AddRange(transformation.Years[i].MissingFigures);
            }

            missing = all;
        }

        var outcome = evaluation.Residents.Met == false ? ListOutcome.BelowMinimumResidents
            : open.Count > 0 && open[0] > category ? ListOutcome.InsufficientData
            : ListOutcome.Classified;
        var watch = ListWatch.Evaluate(evaluation, transformation, category, request.WatchRelativeMargin);
        return new ListStatus(request.AreaCode, request.Year, rules.Code, outcome, category, met, open,
            evaluation, transformation, watch, missing);
    }

    private static void Tally(ListCategory category, bool? met, List<ListCategory> metList, List<ListCategory> openList)
    {
        if (met == true) metList.Add(category);
        else if (met is null) openList.Add(category);
    }

    private static TransformationResult Transformation(
        TransformationRule rule,
        ListYearEvaluation current,
        Func<int, ListRuleSet?> ruleSetForYear,
        ListClassificationRequest request)
    {
        var years = new List<ParallelSocietyYear> { ParallelSociety(current) };
        for (var year = request.Year - 1; year > request.Year - rule.ConsecutiveParallelSocietyYears; year--)
        {
            var rules = ruleSetForYear(year);
            years.Add(rules is null
                ? new ParallelSocietyYear(year, null, null, [])
                : ListYearEvaluator.ParallelSociety(rules, request, year));
        }

        var consecutive = 0;
        while (consecutive < years.Count && years[consecutive].IsParallelSociety == true) consecutive++;
        bool? met = true;
        foreach (var year in years)
        {
            met = ListYearEvaluator.And(met, year.IsParallelSociety);
        }

        return new TransformationResult(rule.Name, rule.ConsecutiveParallelSocietyYears, consecutive, years, met);
    }

    // A rule set without a parallel-society category (a possible future law) makes no year a parallel society.
    private static ParallelSocietyYear ParallelSociety(ListYearEvaluation evaluation)
    {
        var category = evaluation.Find(ListCategory.ParallelSociety);
        return new ParallelSocietyYear(
            evaluation.Year,
            evaluation.RuleSetCode,
            category is null ? false : category.Met,
            category?.Met is null ? evaluation.MissingFigures : []);
    }
}
