namespace SocialBalance.LoadBench;

/// <summary>
/// The ceiling: the same web server answering a constant body of the same size, with no work behind it.
/// Nothing the service does can be faster than this on this machine. <c>/constant/{i}</c> answers body i.
/// </summary>
public static class CeilingServer
{
    public static async Task<WebApplication> StartAsync(string url, IReadOnlyList<byte[]> bodies)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapGet("/constant/{i:int}", (int i) => Results.Bytes(bodies[i], "application/json"));
        await app.StartAsync();
        return app;
    }
}
