using SocialBalance.Analysis.Lists;
using SocialBalance.Api.Features.Areas;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.ListStatus;

/// <summary>
/// The ministry's lists as stored in <c>official_list_entry</c>. A published list names every area on it, so a list year
/// with any stored entry is taken as that year's whole list for the areas served here: an area it does not name was on
/// no list that year. A year without a stored entry has no stored list and says nothing.
/// </summary>
public sealed class OfficialLists
{
    private readonly ILookup<string, OfficialListEntry> entries;

    // Per stored list year: the list as an area it does not name sees it (category none), dated and sourced as stored.
    private readonly SortedDictionary<int, OfficialListEntry> notNamed = [];

    public OfficialLists(ILookup<string, OfficialListEntry> entries, CodeAndName none)
    {
        this.entries = entries;
        foreach (var entry in entries.SelectMany(e => e).OrderBy(e => e.PublishedOn))
        {
            notNamed.TryAdd(entry.Year, entry with { Category = none });
        }
    }

    /// <summary>The entries naming <paramref name="area"/>, by list year.</summary>
    public IEnumerable<OfficialListEntry> Of(string area) => entries[area];

    /// <summary>
    /// The stored list of <paramref name="listYear"/> as it concerns <paramref name="area"/>: the area's entry, an entry
    /// of category none when the list does not name it, or null when no list of that year is stored.
    /// </summary>
    public OfficialListEntry? For(string area, int listYear) =>
        entries[area].FirstOrDefault(e => e.Year == listYear) ?? notNamed.GetValueOrDefault(listYear);

    /// <summary>Every stored list's category for the area, by data year (list year − lag), as the Analysis library counts.</summary>
    public IReadOnlyDictionary<int, ListCategory> ByDataYear(string area, int lag) =>
        notNamed.Keys.ToDictionary(year => year - lag, year => Category(For(area, year)!.Category.Code));

    private static ListCategory Category(string code)
    {
        foreach (var category in Enum.GetValues<ListCategory>())
        {
            if (category.ToCode() == code) return category;
        }

        throw new InvalidOperationException($"The official list category '{code}' is no category of the list rules.");
    }
}
