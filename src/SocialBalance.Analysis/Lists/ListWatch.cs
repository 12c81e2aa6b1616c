using System.Globalization;

namespace SocialBalance.Analysis.Lists;

/// <summary>
/// The "watch" flag: areas that are not (yet) in a category but close to it, so the municipality can act
/// before the next list.
/// </summary>
/// <remarks>
/// The closeness margin is relative (|margin| / |threshold|), because criteria mix percentages, multiples of
/// a national average and shares of a regional income: one setting then means the same for all of them.
/// Reasons, each listed:
/// <list type="bullet">
/// <item>a category more severe than the current one is one criterion short (met count = minimum − 1);</item>
/// <item>a category more severe than the current one has enough criteria but fails the non-Western share;</item>
/// <item>an unmet criterion threshold, or an unmet non-Western threshold, within the relative margin;</item>
/// <item>a parallel society one year short of the run that makes a transformation area.</item>
/// </list>
/// Criteria without data give no reason: the missing figures are reported elsewhere.
/// </remarks>
public static class ListWatch
{
    public static WatchResult Evaluate(
        ListYearEvaluation evaluation, TransformationResult? transformation, ListCategory current, double relativeMargin)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var reasons = new List<string>();
        if (evaluation.Residents.Met == false) return new WatchResult(false, relativeMargin, reasons);

        for (var i = 0; i < evaluation.Categories.Count; i++)
        {
            var category = evaluation.Categories[i];
            if (category.Category <= current || category.Met != false) continue;
            if (category.CriteriaMet == category.MinimumCriteriaMet - 1)
            {
                reasons.Add($"one criterion short of {category.Name}: {category.CriteriaMet} of {category.MinimumCriteriaMet} " +
                    $"criteria met at the {Level(category.Level)} thresholds");
            }
            else if (category.CriteriaMet >= category.MinimumCriteriaMet && category.NonWestern?.Met == false)
            {
                reasons.Add($"criteria met for {category.Name}, but the non-Western share " +
                    $"{Number(category.NonWestern.Share!.Value)} is not above {Number(category.NonWestern.ShareAbove)}");
            }
        }

        for (var i = 0; i < evaluation.Criteria.Count; i++)
        {
            var criterion = evaluation.Criteria[i];
            AddIfClose(reasons, criterion, criterion.Higher, relativeMargin);
            AddIfClose(reasons, criterion, criterion.Lower, relativeMargin);
        }

        // One reason per threshold: two categories with the same non-Western threshold give it once.
        List<double>? sharesNamed = null;
        for (var i = 0; i < evaluation.Categories.Count; i++)
        {
            if (evaluation.Categories[i] is not { NonWestern: { } check } category || category.Category <= current) continue;
            var close = check is { Met: false, Share: not null } && check.ShareAbove != 0
                && Math.Abs(check.Margin!.Value / check.ShareAbove) <= relativeMargin;
            if (!close) continue;
            sharesNamed ??= [];
            if (sharesNamed.Contains(check.ShareAbove)) continue;
            sharesNamed.Add(check.ShareAbove);
            reasons.Add($"the non-Western share {Number(check.Share!.Value)} is within {Number(relativeMargin * 100)}% " +
                $"of the threshold > {Number(check.ShareAbove)}");
        }

        if (transformation is { Met: false } t && t.ConsecutiveYears == t.RequiredYears - 1)
        {
            reasons.Add($"parallel society for {t.ConsecutiveYears} consecutive years; {t.RequiredYears} make a {t.Name}");
        }

        return new WatchResult(reasons.Count > 0, relativeMargin, reasons);
    }

    private static void AddIfClose(List<string> reasons, CriterionResult criterion, CriterionLevelResult? level, double relativeMargin)
    {
        if (level is { Met: false, RelativeMargin: { } relative } && Math.Abs(relative) <= relativeMargin)
        {
            reasons.Add($"{criterion.Code} is within {Number(relativeMargin * 100)}% of its {Level(level.Level)} threshold: " +
                $"{Number(criterion.Value!.Value)} against {criterion.Operator.ToSymbol()} {Number(level.Threshold)}");
        }
    }

    private static string Level(CriteriaLevel level) => level == CriteriaLevel.Higher ? "higher" : "lower";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
