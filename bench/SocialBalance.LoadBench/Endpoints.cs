namespace SocialBalance.LoadBench;

/// <summary>The reads measured; the first one also sizes the ceiling's constant body.</summary>
public static class Endpoints
{
    public static IReadOnlyList<(string Name, string Url)> All(string service) =>
    [
        ("observations: one indicator, one year", service + "/api/v1/observations?indicator=feel-safe&from=2020&to=2020&pageSize=1000"),
        ("observations: one area, all years", service + "/api/v1/observations?area=housing-0042&pageSize=1000"),
        ("areas/{code}", service + "/api/v1/areas/vaerebro-park"),
    ];
}
