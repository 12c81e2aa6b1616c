using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Comparisons;

/// <summary>Which areas a comparison compares with its reference: those asked for, or the Social Balance areas.</summary>
public static class ComparisonAreas
{
    /// <summary>The areas asked for, in catalogue order; by default the Social Balance areas.</summary>
    public static List<string> Of(IComparisonScope scope, CatalogueSnapshot catalogue)
    {
        var chosen = CodeList.Parse(scope.Areas);
        return chosen.Count > 0
            ? catalogue.Areas.Select(a => a.Code).Where(chosen.Contains).ToList()
            : catalogue.AreasOfKind(CatalogueSnapshot.SocialBalanceAreaKind).ToList();
    }
}
