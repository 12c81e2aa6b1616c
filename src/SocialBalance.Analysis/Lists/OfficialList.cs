namespace SocialBalance.Analysis.Lists;

/// <summary>Where a year's list status comes from.</summary>
public enum ListBasis
{
    /// <summary>The figures, under the rule set valid that year.</summary>
    Figures,

    /// <summary>The ministry's published list of that year, as stored for the area: it decides what the figures cannot.</summary>
    OfficialList,

    /// <summary>Neither: the figures cannot decide the year (or no rule set is valid in it) and no list of that year is stored.</summary>
    None,
}

/// <summary>What the ministry's published list of a year says about each definition, for the years the figures cannot decide.</summary>
public static class OfficialList
{
    private static readonly ListCategory[] Definitions =
        [ListCategory.Transformation, ListCategory.ParallelSociety, ListCategory.Vulnerable, ListCategory.Prevention];

    /// <summary>The category the stored list of <paramref name="year"/> gave the area, or null when no list of that year is stored.</summary>
    public static ListCategory? In(ListClassificationRequest request, int year)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.OfficialList is { } lists && lists.TryGetValue(year, out var category) ? category : null;
    }

    /// <summary>Whether the area met <paramref name="definition"/> in a year its list names it as <paramref name="listed"/>.</summary>
    /// <remarks>
    /// A list names an area once, in its most severe category. The law nests the definitions (a transformation area is a
    /// parallel society, a parallel society is a vulnerable area), so those are met as well, and every more severe one is
    /// not. Whether a vulnerable area also met the prevention definition the list does not say (the law does not exclude
    /// it): null.
    /// </remarks>
    public static bool? Says(ListCategory listed, ListCategory definition) =>
        definition > listed ? false
        : definition == listed || definition >= ListCategory.Vulnerable ? true
        : null;

    /// <summary>The definitions a list naming the area as <paramref name="listed"/> says it met, most severe first.</summary>
    public static IReadOnlyList<ListCategory> DefinitionsMet(ListCategory listed) =>
        Array.FindAll(Definitions, d => Says(listed, d) == true);

    /// <summary>
    /// Settles, from the list's category, the definitions the figures left open: each one the list says is met moves to
    /// <paramref name="met"/>, each one it says is not met is dropped; what the list does not say stays open.
    /// </summary>
    internal static void Settle(ListCategory listed, List<ListCategory> met, List<ListCategory> open)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var says = Says(listed, open[i]);
            if (says is null) continue;
            if (says == true) met.Add(open[i]);
            open.RemoveAt(i);
        }
    }

    /// <summary>
    /// A parallel-society year as its figures judged it, or, when they leave it open, as the stored list of the year
    /// (<paramref name="listed"/>, null when none is stored) says: figures first.
    /// </summary>
    internal static ParallelSocietyYear Decide(ParallelSocietyYear year, ListCategory? listed) =>
        year.IsParallelSociety is null && listed is { } category
            ? year with { IsParallelSociety = Says(category, ListCategory.ParallelSociety), MissingFigures = [], Basis = ListBasis.OfficialList }
            : year;
}
