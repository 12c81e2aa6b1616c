using Dapper;

namespace SocialBalance.Api.Tests.Features;

/// <summary>The rows of <c>official_list_entry</c> read back from the database, to compare an answer's lists with.</summary>
internal static class OfficialListRows
{
    internal sealed record Row
    {
        public string AreaCode { get; init; } = "";
        public int ListYear { get; init; }
        public DateTime PublishedOn { get; init; }
        public string CategoryCode { get; init; } = "";
        public string Source { get; init; } = "";
    }

    public static async Task<IReadOnlyList<Row>> ReadAsync(System.Data.Common.DbConnection db) => (await db.QueryAsync<Row>(
        "SELECT area_code AS AreaCode, list_year AS ListYear, published_on AS PublishedOn, category_code AS CategoryCode, source AS Source FROM official_list_entry"))
        .ToList();

    /// <summary>
    /// The stored list of <paramref name="listYear"/> as it concerns <paramref name="area"/>: its row, a row of category
    /// none (dated as that year's first row) when the list does not name it, or null when no list of that year is stored.
    /// </summary>
    public static Row? For(IReadOnlyList<Row> rows, string area, int listYear)
    {
        var year = rows.Where(r => r.ListYear == listYear).OrderBy(r => r.PublishedOn).ToList();
        return year.FirstOrDefault(r => r.AreaCode == area)
            ?? (year.Count > 0 ? year[0] with { AreaCode = area, CategoryCode = "none" } : null);
    }

    /// <summary>Checks that an answer's <c>officialList</c> is the row as stored.</summary>
    public static void AssertShows(Row? row, JsonElement officialList)
    {
        if (row is null)
        {
            Assert.Equal(JsonValueKind.Null, officialList.ValueKind);
            return;
        }

        Assert.Equal(
            (row.ListYear, row.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.CategoryCode, row.Source),
            (officialList.GetProperty("year").GetInt32(), officialList.GetProperty("publishedOn").GetString(),
                officialList.GetProperty("category").GetProperty("code").GetString(), officialList.GetProperty("source").GetString()));
    }
}
