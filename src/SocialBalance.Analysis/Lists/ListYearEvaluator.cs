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
        if (rules.Categories.Any(c => c.Category is ListCategory.None or ListCategory.Transformation))
            throw new ArgumentException($"Rule set '{rules.Code}' lists a category that is not criteria-based.", nameof(rules));
        var missing = new List<MissingFigure>();

        var residents = request.Observations.Find(rules.ResidentsIndicatorCode, request.AreaCode, year);
        if (residents is null) missing.Add(MissingFigure.For(rules.ResidentsIndicatorCode, request.AreaCode, year));
        var residentsCheck = new ResidentsCheck(
            rules.MinimumResidents, year, residents, residents is { } r ? NumericComparison.IsGreaterOrEqual(r, rules.MinimumResidents) : null);

        var criteria = rules.Criteria.Select(c => CriterionEvaluator.Evaluate(c, request, year)).ToList();
        missing.AddRange(criteria.SelectMany(c => c.MissingFigures));

        var nonWestern = request.Observations.Find(rules.NonWesternIndicatorCode, request.AreaCode, year);
        if (nonWestern is null && rules.Categories.Any(c => c.NonWesternShareAbove is not null))
            missing.Add(MissingFigure.For(rules.NonWesternIndicatorCode, request.AreaCode, year));

        var categories = rules.Categories
            .Select(rule => Category(rule, criteria, nonWestern, year, residentsCheck.Met))
            .ToList();
        return new ListYearEvaluation(request.AreaCode, year, rules.Code, residentsCheck, criteria, categories, missing);
    }

    private static CategoryResult Category(
        ListCategoryRule rule, IReadOnlyList<CriterionResult> criteria, double? nonWestern, int year, bool? residentsMet)
    {
        // A criterion without a threshold at this level (e.g. no lower level in the 2018 rules) can never count.
        var metCodes = criteria.Where(c => c.At(rule.Level)?.Met == true).Select(c => c.Code).ToList();
        var withoutData = criteria.Count(c => !c.HasData);
        bool? enoughCriteria = metCodes.Count >= rule.MinimumCriteriaMet ? true
            : metCodes.Count + withoutData < rule.MinimumCriteriaMet ? false
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
            metCodes.Count,
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
