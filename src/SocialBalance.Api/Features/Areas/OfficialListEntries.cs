using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Areas;

/// <summary>Every official list entry, by area: an area's list history, and what the list status falls back on.</summary>
public static class OfficialListEntries
{
    // Every entry, also for one area: whether a year's list is stored depends on every area's entries. The table holds
    // one row per area and list year, so it stays small; and no parameter per area (SQL Server takes at most 2,100).
    public static string Sql(SqlDialect dialect) => $"""
        SELECT e.area_code, e.list_year, e.published_on, c.code AS category_code, c.name_da AS category_name_da,
               c.name_en AS category_name_en, e.source
        FROM official_list_entry e
        JOIN list_category c ON c.code = e.category_code
        ORDER BY {dialect.CodeOrder("e.area_code")}, e.list_year
        """;

    /// <summary>The entries by area, each area's in list-year order.</summary>
    public static ILookup<string, OfficialListEntry> ToLookup(IEnumerable<Row> rows) =>
        rows.ToLookup(r => r.AreaCode, r => new OfficialListEntry(
            r.ListYear,
            DateOnly.FromDateTime(r.PublishedOn),
            new CodeAndName(r.CategoryCode, new LocalizedText(r.CategoryNameDa, r.CategoryNameEn)),
            r.Source));

    public sealed class Row
    {
        public string AreaCode { get; init; } = "";
        public int ListYear { get; init; }
        public DateTime PublishedOn { get; init; }
        public string CategoryCode { get; init; } = "";
        public string CategoryNameDa { get; init; } = "";
        public string CategoryNameEn { get; init; } = "";
        public string Source { get; init; } = "";
    }
}
