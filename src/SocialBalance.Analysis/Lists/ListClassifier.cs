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

        var decided = evaluation.Categories.Select(c => (c.Category, c.Met)).ToList();
        if (transformation is not null) decided.Add((ListCategory.Transformation, transformation.Met));
        var met = decided.Where(d => d.Met == true).Select(d => d.Category).OrderDescending().ToList();
        var open = decided.Where(d => d.Met is null).Select(d => d.Category).OrderDescending().ToList();
        var category = met.Count > 0 ? met[0] : ListCategory.None;

        var missing = evaluation.MissingFigures.ToList();
        if (transformation is { Met: null })
            missing.AddRange(transformation.Years.Skip(1).SelectMany(y => y.MissingFigures));

        var outcome = evaluation.Residents.Met == false ? ListOutcome.BelowMinimumResidents
            : open.Any(c => c > category) ? ListOutcome.InsufficientData
            : ListOutcome.Classified;
        var watch = ListWatch.Evaluate(evaluation, transformation, category, request.WatchRelativeMargin);
        return new ListStatus(request.AreaCode, request.Year, rules.Code, outcome, category, met, open,
            evaluation, transformation, watch, missing);
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
                : ParallelSociety(ListYearEvaluator.Evaluate(rules, request, year)));
        }

        var consecutive = years.TakeWhile(y => y.IsParallelSociety == true).Count();
        var met = years.Aggregate((bool?)true, (all, y) => ListYearEvaluator.And(all, y.IsParallelSociety));
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
