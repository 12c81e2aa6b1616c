using System.Globalization;
using SocialBalance.Analysis.Lists;
using SocialBalance.Api.Features.Areas;

namespace SocialBalance.Api.Features.ListStatus;

/// <summary>Says where a list year's answer comes from, with the stored official list of that year beside it.</summary>
internal static class ListStatusBasis
{
    /// <summary>The basis of the list year asked for, with what the figures leave open and where the answer shows why.</summary>
    public static ListBasisResponse ForStatus(Analysis.Lists.ListStatus status, OfficialListEntry? official, int listYear, int lag)
    {
        var dataYear = listYear - lag;
        var gap = status.RuleSetCode is null ? NoRuleSet(listYear)
            : status.Basis != ListBasis.None ? $"the figures of {dataYear} under {status.RuleSetCode} cannot decide it"
            : $"the figures of {dataYear} under {status.RuleSetCode} leave {string.Join(", ", status.DefinitionsUndetermined.Select(d => d.ToCode()))} " +
              $"open (see {Where(status)})";
        return Describe(status.Basis, official, listYear, dataYear, status.RuleSetCode, gap);
    }

    /// <summary>The basis of one year of the transformation rule.</summary>
    public static ListBasisResponse ForYear(ParallelSocietyYear year, OfficialListEntry? official, int lag) => Describe(
        year.Basis, official, year.Year + lag, year.Year, year.RuleSetCode,
        year.RuleSetCode is null ? NoRuleSet(year.Year + lag) : $"figures of {year.Year} under {year.RuleSetCode} are missing");

    private static ListBasisResponse Describe(ListBasis basis, OfficialListEntry? official, int listYear, int dataYear, string? ruleSet, string gap)
    {
        var list = official is null
            ? null
            : $"official list of {official.Year} (published {official.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
        var names = official?.Category.Code == ListCategory.None.ToCode()
            ? "does not name the area"
            : $"names the area as {official?.Category.Code}";
        var explanation = basis switch
        {
            ListBasis.Figures => $"Decided by the figures of {dataYear} under {ruleSet}." + (list is null ? "" : $" The {list} {names}."),
            ListBasis.OfficialList when list is not null => $"Decided by the {list}, which {names}: {gap}.",
            _ => $"Undecided: {gap}, and no official list of {listYear} is stored.",
        };
        return new ListBasisResponse(basis, official, explanation);
    }

    private static string NoRuleSet(int listYear) => $"no rule set is valid for list year {listYear}";

    private static string Where(Analysis.Lists.ListStatus status) =>
        (status.MissingFigures.Count > 0, status.Transformation is { Met: null }) switch
        {
            (true, true) => "missingFigures and transformation.years",
            (false, true) => "transformation.years",
            _ => "missingFigures",
        };
}
