using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

/// <summary>Evaluates one rule set for one area and one year (everything except the multi-year transformation rule).</summary>
public static class ListYearEvaluator
{
    public static ListYearEvaluation Evaluate(ListRuleSet rules, ListClassificationRequest request, int year)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(request);
        var readsNonWestern = ReadsNonWestern(rules);

        // The national list evaluates 2,000 areas per request: arrays sized once, no LINQ, and a missing list only
        // when a figure is missing.
        List<MissingFigure>? missing = null;
        var residents = request.Observations.Find(rules.ResidentsIndicatorCode, request.AreaCode, year);
        if (residents is null) (missing ??= []).Add(MissingFigure.For(rules.ResidentsIndicatorCode, request.AreaCode, year));
        var residentsCheck = new ResidentsCheck(rules.MinimumResidents, year, residents, ResidentsMet(rules, residents));

        var criteria = new CriterionResult[rules.Criteria.Count];
        for (var i = 0; i < criteria.Length; i++)
        {
            criteria[i] = CriterionEvaluator.Evaluate(rules.Criteria[i], request, year);
            if (criteria[i].MissingFigures.Count > 0) (missing ??= []).AddRange(criteria[i].MissingFigures);
        }

        var nonWestern = request.Observations.Find(rules.NonWesternIndicatorCode, request.AreaCode, year);
        if (nonWestern is null && readsNonWestern)
            (missing ??= []).Add(MissingFigure.For(rules.NonWesternIndicatorCode, request.AreaCode, year));

        var categories = new CategoryResult[rules.Categories.Count];
        for (var i = 0; i < categories.Length; i++)
        {
            categories[i] = Category(rules.Categories[i], criteria, nonWestern, year, residentsCheck.Met);
        }

        return new ListYearEvaluation(
            request.AreaCode, year, rules.Code, residentsCheck, criteria, categories, (IReadOnlyList<MissingFigure>?)missing ?? []);
    }

    /// <summary>
    /// Whether the area was a parallel society in <paramref name="year"/>, as <see cref="Evaluate"/> finds it, with the
    /// missing figures that leave it open, but without the evidence. The transformation rule asks this of each earlier
    /// year, and needs no evidence for them, so it does not pay for building it.
    /// </summary>
    public static ParallelSocietyYear ParallelSociety(ListRuleSet rules, ListClassificationRequest request, int year)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(request);
        var readsNonWestern = ReadsNonWestern(rules);
        ListCategoryRule? rule = null;
        for (var i = 0; i < rules.Categories.Count && rule is null; i++)
        {
            if (rules.Categories[i].Category == ListCategory.ParallelSociety) rule = rules.Categories[i];
        }

        // Every figure is read even when the rule set has no parallel-society category: the missing ones are reported.
        var level = rule?.Level ?? CriteriaLevel.Higher;
        List<MissingFigure>? missing = null;
        var residents = request.Observations.Find(rules.ResidentsIndicatorCode, request.AreaCode, year);
        if (residents is null) (missing ??= []).Add(MissingFigure.For(rules.ResidentsIndicatorCode, request.AreaCode, year));

        var metCount = 0;
        var withoutData = 0;
        for (var i = 0; i < rules.Criteria.Count; i++)
        {
            switch (CriterionEvaluator.IsMet(rules.Criteria[i], level, request, year, ref missing))
            {
                case true: metCount++; break;
                case null: withoutData++; break;
            }
        }

        var nonWestern = request.Observations.Find(rules.NonWesternIndicatorCode, request.AreaCode, year);
        if (nonWestern is null && readsNonWestern)
            (missing ??= []).Add(MissingFigure.For(rules.NonWesternIndicatorCode, request.AreaCode, year));

        // As ListClassifier reads a full evaluation: no such category is "not a parallel society", and the year's
        // missing figures are named whenever the answer is not a plain yes or no from the category.
        var met = rule is null ? null : CategoryMet(rule, metCount, withoutData, nonWestern, ResidentsMet(rules, residents));
        return new ParallelSocietyYear(year, rules.Code, rule is null ? false : met, met is null ? (IReadOnlyList<MissingFigure>?)missing ?? [] : []);
    }

    // Transformation is a run of parallel-society years (TransformationRule), never a criteria-based category.
    private static bool ReadsNonWestern(ListRuleSet rules)
    {
        var readsNonWestern = false;
        for (var i = 0; i < rules.Categories.Count; i++)
        {
            if (rules.Categories[i].Category is ListCategory.None or ListCategory.Transformation)
                throw new ArgumentException($"Rule set '{rules.Code}' lists a category that is not criteria-based.", nameof(rules));
            readsNonWestern |= rules.Categories[i].NonWesternShareAbove is not null;
        }

        return readsNonWestern;
    }

    private static bool? ResidentsMet(ListRuleSet rules, double? residents) =>
        residents is { } r ? NumericComparison.IsGreaterOrEqual(r, rules.MinimumResidents) : null;

    private static CategoryResult Category(
        ListCategoryRule rule, CriterionResult[] criteria, double? nonWestern, int year, bool? residentsMet)
    {
        // A criterion without a threshold at this level (e.g. no lower level in the 2018 rules) can never count.
        var metCount = 0;
        var withoutData = 0;
        foreach (var criterion in criteria)
        {
            if (criterion.At(rule.Level)?.Met == true) metCount++;
            if (!criterion.HasData) withoutData++;
        }

        var metCodes = new string[metCount];
        var next = 0;
        foreach (var criterion in criteria)
        {
            if (criterion.At(rule.Level)?.Met == true) metCodes[next++] = criterion.Code;
        }

        var check = rule.NonWesternShareAbove is { } above
            ? new NonWesternCheck(above, year, nonWestern, NonWesternMet(above, nonWestern),
                nonWestern is { } share ? DerivedPrecision.Difference(share, above) : null)
            : null;
        return new CategoryResult(
            rule.Category,
            rule.Name,
            rule.Level,
            rule.MinimumCriteriaMet,
            metCount,
            metCodes,
            withoutData,
            check,
            CategoryMet(rule, metCount, withoutData, nonWestern, residentsMet));
    }

    /// <remarks>
    /// Decided as soon as the known figures settle it: enough criteria met already, or too few left even if every
    /// criterion without data were met.
    /// </remarks>
    private static bool? CategoryMet(ListCategoryRule rule, int metCount, int withoutData, double? nonWestern, bool? residentsMet)
    {
        bool? enoughCriteria = metCount >= rule.MinimumCriteriaMet ? true
            : metCount + withoutData < rule.MinimumCriteriaMet ? false
            : null;
        var nonWesternMet = rule.NonWesternShareAbove is { } above ? NonWesternMet(above, nonWestern) : true;
        return And(residentsMet, And(enoughCriteria, nonWesternMet));
    }

    private static bool? NonWesternMet(double above, double? nonWestern) =>
        nonWestern is { } share ? NumericComparison.IsGreater(share, above) : null;

    /// <summary>Three-valued AND: false wins, then unknown, then true.</summary>
    internal static bool? And(bool? left, bool? right) =>
        left == false || right == false ? false
        : left is null || right is null ? null
        : true;
}
