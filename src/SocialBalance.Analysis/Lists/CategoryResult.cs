using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

/// <summary>The residents check: an area counts only with at least <see cref="Minimum"/> residents.</summary>
public sealed record ResidentsCheck(int Minimum, int Year, double? Residents, bool? Met);

/// <summary>The non-Western share in the evaluated year against the category's "above" threshold.</summary>
public sealed record NonWesternCheck(double ShareAbove, int Year, double? Share, bool? Met, double? Margin);

/// <summary>
/// One criteria-based category in one year. <see cref="Met"/> is null when missing figures leave the answer
/// open: it is decided as soon as the known figures settle it (enough criteria met already, or too few left
/// even if every criterion without data were met).
/// </summary>
public sealed record CategoryResult(
    ListCategory Category,
    string Name,
    CriteriaLevel Level,
    int MinimumCriteriaMet,
    int CriteriaMet,
    IReadOnlyList<string> CriteriaMetCodes,
    int CriteriaWithoutData,
    NonWesternCheck? NonWestern,
    bool? Met);

/// <summary>Every criterion and criteria-based category of one rule set for one area and year.</summary>
public sealed record ListYearEvaluation(
    string AreaCode,
    int Year,
    string RuleSetCode,
    ResidentsCheck Residents,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<CategoryResult> Categories,
    IReadOnlyList<MissingFigure> MissingFigures)
{
    public CategoryResult? Find(ListCategory category)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i].Category == category) return Categories[i];
        }

        return null;
    }
}
