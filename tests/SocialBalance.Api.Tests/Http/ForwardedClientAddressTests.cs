using SocialBalance.Api.Tests.Faults;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Http;

/// <summary>
/// The anonymous read limit counts per client. Behind a configured proxy the client is the address the proxy
/// forwards; from any other connection <c>X-Forwarded-For</c> is ignored, so a script cannot spoof its way to a
/// fresh bucket. Run on the service as a process, over a real socket (a test server has no client address).
/// </summary>
public sealed class ForwardedClientAddressTests : IDisposable
{
    private const string Path = "/api/v1/effect-goals";
    private const int ReadsPerMinute = 3;
    private readonly string folder = Directory.CreateTempSubdirectory("socialbalance-forwarded-").FullName;

    private Task<ServiceProcess> StartAsync(string name, params (string Key, string Value)[] settings)
    {
        var all = settings.ToDictionary(s => s.Key, s => s.Value);
        all["Limits__AnonymousReadsPerMinute"] = ReadsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ServiceProcess.StartAsync(System.IO.Path.Combine(folder, $"{name}.db"), new string('a', 40), all);
    }

    private static async Task<HttpStatusCode> ReadAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_limit()
    {
        using var service = await StartAsync("trusted", ("ForwardedHeaders__KnownProxies__0", "127.0.0.1"));
        using var client = CheckedClients.Over(service.Address);

        for (var i = 0; i < ReadsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "203.0.113.7"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "203.0.113.8"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "198.51.100.1, 203.0.113.9"));
    }

    [Theory]
    [InlineData("untrusted-default")]
    [InlineData("untrusted-other-proxy", "10.9.9.9")]
    public async Task From_a_connection_that_is_not_a_configured_proxy_the_header_is_ignored(string name, string? proxy = null)
    {
        using var service = proxy is null
            ? await StartAsync(name)
            : await StartAsync(name, ("ForwardedHeaders__KnownProxies__0", proxy));
        using var client = CheckedClients.Over(service.Address);

        for (var i = 0; i < ReadsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, $"203.0.113.{i + 1}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsync(client, "203.0.113.200"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A process that has just exited may still hold its database file for a moment; the temp folder is the OS's to clean.
        }
    }
}
