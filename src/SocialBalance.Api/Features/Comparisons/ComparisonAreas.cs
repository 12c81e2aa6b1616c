using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Comparisons;

/// <summary>Which areas a comparison compares with its reference: those asked for, or the Social Balance areas.</summary>
public static class ComparisonAreas
{
    /// <summary>The areas asked for, in catalogue order; by default the Social Balance areas.</summary>
    public static List<string> Of(IComparisonScope scope, CatalogueSnapshot catalogue)
    {
        var chosen = CodeList.Parse(scope.Areas);
        // By rank, not by a pass over the catalogue: at national scale it holds 2,000 areas for the 20 asked for.
        return chosen.Count > 0
            ? chosen.Distinct(StringComparer.Ordinal)
                .Select(code => (Code: code, Rank: catalogue.AreaRank(code)))
                .Where(a => a.Rank is not null)
                .OrderBy(a => a.Rank)
                .Select(a => a.Code)
                .ToList()
            : catalogue.AreasOfKind(CatalogueSnapshot.SocialBalanceAreaKind).ToList();
    }
}
