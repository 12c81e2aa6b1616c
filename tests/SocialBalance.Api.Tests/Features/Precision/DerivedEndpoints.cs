namespace SocialBalance.Api.Tests.Features.Precision;

/// <summary>One derived answer to read: its URL, and the indicator its numbers belong to when no object in it names one.</summary>
public sealed record DerivedRequest(string Url, string? Indicator = null, bool HasCsv = true);

/// <summary>Every derived endpoint on the demo data, as the catalogue and the targets list them.</summary>
public static class DerivedEndpoints
{
    /// <summary>List years with a rule set whose data years the demo data covers (2015–2025, lag 1).</summary>
    public static readonly int[] ListYears = Enumerable.Range(2018, 9).ToArray();

    public static async Task<IReadOnlyList<DerivedRequest>> AllAsync(HttpClient client)
    {
        var indicators = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators");
        var targets = await client.GetFromJsonAsync<JsonElement>("/api/v1/targets");
        var areas = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas");
        var housingAreas = areas.EnumerateArray()
            .Where(a => a.GetProperty("kind").GetProperty("code").GetString() is "social-balance-area" or "housing-area")
            .Select(a => a.GetProperty("code").GetString()!)
            .ToList();

        var requests = new List<DerivedRequest>
        {
            new("/api/v1/comparisons"),
            new("/api/v1/comparisons/themes"),
            new("/api/v1/ambition"),
        };
        requests.AddRange(indicators.EnumerateArray()
            .Select(i => i.GetProperty("code").GetString()!)
            .Select(code => new DerivedRequest($"/api/v1/progress?indicator={code}", code)));
        requests.AddRange(targets.EnumerateArray().Select(t => new DerivedRequest(
            $"/api/v1/targets/{t.GetProperty("id").GetInt32()}/progress",
            t.GetProperty("indicator").GetProperty("code").GetString(),
            HasCsv: false)));
        foreach (var year in ListYears)
        {
            requests.Add(new($"/api/v1/list-status?year={year}"));
            requests.AddRange(housingAreas.Select(area => new DerivedRequest($"/api/v1/areas/{area}/list-status?year={year}")));
        }

        return requests;
    }

    /// <summary>Each indicator's decimals, by code.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> DecimalsAsync(HttpClient client)
    {
        var indicators = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators");
        return indicators.EnumerateArray().ToDictionary(
            i => i.GetProperty("code").GetString()!, i => i.GetProperty("decimals").GetInt32());
    }
}
