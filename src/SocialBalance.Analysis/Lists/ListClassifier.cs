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
    /// <remarks>
    /// Figures first: each year (the evaluated one and the earlier years of the transformation rule) is judged by its
    /// figures under its rule set wherever they decide it. Where they cannot (a missing figure leaves a definition open,
    /// or no rule set is valid that year, as before the first one), the stored official list of that year decides
    /// (<see cref="ListClassificationRequest.OfficialList"/>). Only what neither decides is left open.
    /// </remarks>
    public static ListStatus Classify(Func<int, ListRuleSet?> ruleSetForYear, ListClassificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(ruleSetForYear);
        ArgumentNullException.ThrowIfNull(request);
        var official = OfficialList.In(request, request.Year);
        var rules = ruleSetForYear(request.Year);
        if (rules is null) return WithoutRuleSet(request, official);

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
        var basis = ListBasis.Figures;
        if (evaluation.Residents.Met != false && MoreSevereOpen(met, open))
        {
            if (official is { } listed)
            {
                OfficialList.Settle(listed, met, open);
                if (transformation is { Met: null }) transformation = Settled(transformation, listed);
            }

            basis = official is null || MoreSevereOpen(met, open) ? ListBasis.None : ListBasis.OfficialList;
        }

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
            : basis == ListBasis.None ? ListOutcome.InsufficientData
            : ListOutcome.Classified;
        var watch = ListWatch.Evaluate(evaluation, transformation, category, request.WatchRelativeMargin);
        return new ListStatus(request.AreaCode, request.Year, rules.Code, outcome, category, met, open,
            evaluation, transformation, watch, missing, basis);
    }

    // Before the first rule set, or in a gap between two, only the official list of the year can decide.
    private static ListStatus WithoutRuleSet(ListClassificationRequest request, ListCategory? official)
    {
        var watch = new WatchResult(false, request.WatchRelativeMargin, []);
        return official is { } listed
            ? new ListStatus(request.AreaCode, request.Year, null, ListOutcome.Classified, listed,
                OfficialList.DefinitionsMet(listed), [], null, null, watch, [], ListBasis.OfficialList)
            : new ListStatus(request.AreaCode, request.Year, null, ListOutcome.InsufficientData, ListCategory.None,
                [], [], null, null, watch, [], ListBasis.None);
    }

    // Whether a definition left open is more severe than every one met: then it could change the category.
    private static bool MoreSevereOpen(List<ListCategory> met, List<ListCategory> open)
    {
        var category = ListCategory.None;
        foreach (var c in met) category = c > category ? c : category;
        foreach (var c in open)
        {
            if (c > category) return true;
        }

        return false;
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
        // The evaluated year's own list is read only when the whole year is left to it (see Classify).
        var years = new List<ParallelSocietyYear> { ParallelSociety(current) };
        for (var year = request.Year - 1; year > request.Year - rule.ConsecutiveParallelSocietyYears; year--)
        {
            var rules = ruleSetForYear(year);
            years.Add(OfficialList.Decide(
                rules is null ? new ParallelSocietyYear(year, null, null, []) : ListYearEvaluator.ParallelSociety(rules, request, year),
                OfficialList.In(request, year)));
        }

        bool? met = true;
        foreach (var year in years)
        {
            met = ListYearEvaluator.And(met, year.IsParallelSociety);
        }

        return new TransformationResult(rule.Name, rule.ConsecutiveParallelSocietyYears, Consecutive(years), years, met);
    }

    // The list that decides the evaluated year also says whether the area was a transformation area in it, whatever
    // the earlier years left open.
    private static TransformationResult Settled(TransformationResult transformation, ListCategory listed)
    {
        var years = transformation.Years.ToList();
        years[0] = OfficialList.Decide(years[0], listed);
        return transformation with { Years = years, ConsecutiveYears = Consecutive(years), Met = OfficialList.Says(listed, ListCategory.Transformation) };
    }

    // The unbroken run of parallel-society years back from the evaluated year.
    private static int Consecutive(List<ParallelSocietyYear> years)
    {
        var consecutive = 0;
        while (consecutive < years.Count && years[consecutive].IsParallelSociety == true) consecutive++;
        return consecutive;
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
