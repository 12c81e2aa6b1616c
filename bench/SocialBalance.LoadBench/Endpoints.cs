namespace SocialBalance.LoadBench;

/// <summary>The reads measured, as paths: each is run against both service instances and its own ceiling.</summary>
public static class Endpoints
{
    /// <summary>The national list: the heaviest read, and the one <c>--alone</c> measures.</summary>
    public const string NationalList = "/api/v1/list-status?year=2025";

    public static IReadOnlyList<(string Name, string Path)> All() =>
    [
        ("observations: one indicator, one area (30 rows)", "/api/v1/observations?indicator=feel-safe&area=housing-0042"),
        // The same request with no figures to read: what the 30-row page costs besides its read and its JSON.
        ("observations: one indicator, one area, past the last page (no rows read)", "/api/v1/observations?indicator=feel-safe&area=housing-0042&pageSize=1&page=999"),
        ("observations: one indicator, one year (1,000 rows)", "/api/v1/observations?indicator=feel-safe&from=2020&to=2020&pageSize=1000"),
        ("observations: one area, all years", "/api/v1/observations?area=housing-0042&pageSize=1000"),
        ("areas/{code}", "/api/v1/areas/vaerebro-park"),
        ("comparisons: one indicator, 20 areas", "/api/v1/comparisons?indicator=feel-safe&year=2025&areas=" + string.Join(',', Enumerable.Range(0, 20).Select(NationalData.AreaCode))),
        ("ambition", "/api/v1/ambition?baseline=2020&year=2025"),
        ("areas/{code}/list-status", "/api/v1/areas/housing-0042/list-status?year=2025"),
        ("list-status: every housing area", NationalList),
    ];

    /// <summary>The endpoints whose name contains <paramref name="only"/> (case-insensitive), or all.</summary>
    public static IReadOnlyList<(string Name, string Path)> Selected(string? only)
    {
        var selected = All().Where(e => only is null || e.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        return selected.Count > 0
            ? selected
            : throw new ArgumentException($"No endpoint's name contains \"{only}\".");
    }
}
