using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

/// <summary>Evaluates one rule set for one area and one year (everything except the multi-year transformation rule).</summary>
public static class ListYearEvaluator
{
    public static ListYearEvaluation Evaluate(ListRuleSet rules, ListClassificationRequest request, int year)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(request);
        // Transformation is a run of parallel-society years (TransformationRule), never a criteria-based category.
        var readsNonWestern = false;
        for (var i = 0; i < rules.Categories.Count; i++)
        {
            if (rules.Categories[i].Category is ListCategory.None or ListCategory.Transformation)
                throw new ArgumentException($"Rule set '{rules.Code}' lists a category that is not criteria-based.", nameof(rules));
            readsNonWestern |= rules.Categories[i].NonWesternShareAbove is not null;
        }

        // The national list evaluates each year of the transformation rule (five under the 2021 rules) for 2,000
        // areas: arrays sized once, no LINQ, and a missing list only when a figure is missing.
        List<MissingFigure>? missing = null;
        var residents = request.Observations.Find(rules.ResidentsIndicatorCode, request.AreaCode, year);
        if (residents is null) (missing ??= []).Add(MissingFigure.For(rules.ResidentsIndicatorCode, request.AreaCode, year));
        var residentsCheck = new ResidentsCheck(
            rules.MinimumResidents, year, residents, residents is { } r ? NumericComparison.IsGreaterOrEqual(r, rules.MinimumResidents) : null);

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

        bool? enoughCriteria = metCount >= rule.MinimumCriteriaMet ? true
            : metCount + withoutData < rule.MinimumCriteriaMet ? false
            : null;

        NonWesternCheck? check = null;
        bool? nonWesternMet = true;
        if (rule.NonWesternShareAbove is { } above)
        {
            nonWesternMet = nonWestern is { } share ? NumericComparison.IsGreater(share, above) : null;
            check = new NonWesternCheck(above, year, nonWestern, nonWesternMet, nonWestern - above);
        }

        return new CategoryResult(
            rule.Category,
            rule.Name,
            rule.Level,
            rule.MinimumCriteriaMet,
            metCount,
            metCodes,
            withoutData,
            check,
            And(residentsMet, And(enoughCriteria, nonWesternMet)));
    }

    /// <summary>Three-valued AND: false wins, then unknown, then true.</summary>
    internal static bool? And(bool? left, bool? right) =>
        left == false || right == false ? false
        : left is null || right is null ? null
        : true;
}
