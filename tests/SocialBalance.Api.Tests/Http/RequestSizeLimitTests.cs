using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Limits;
using SocialBalance.Api.Tests.Faults;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Http;

/// <summary>
/// A request line or headers too large to read are refused with a problem (414, 431) naming the limit, like every
/// other refusal, in the test server and over a real socket to the service as it runs (Kestrel refuses before any
/// middleware, with no body, unless the service answers first).
/// </summary>
public sealed class RequestSizeLimitTests(ApiFixture<SqliteTestDatabase> fixture) : IClassFixture<ApiFixture<SqliteTestDatabase>>, IDisposable
{
    private static readonly string LongQuery = "/api/v1/observations?indicator=" + new string('a', RequestSizeLimitsMiddleware.MaxRequestTargetBytes);
    private readonly string folder = Directory.CreateTempSubdirectory("socialbalance-limits-").FullName;

    [Fact]
    public async Task A_request_target_over_the_limit_is_a_414_problem()
    {
        using var client = fixture.CreateClient();

        await AssertTooLongAsync(client);
    }

    [Fact]
    public async Task Headers_over_the_limit_are_a_431_problem()
    {
        using var client = fixture.CreateClient();

        await AssertHeadersTooLargeAsync(client);
    }

    [Fact]
    public async Task Over_a_real_socket_both_are_problems_too()
    {
        using var service = await ServiceProcess.StartAsync(Path.Combine(folder, "limits.db"), new string('a', 40));
        using var client = CheckedClients.Over(service.Address);

        await AssertTooLongAsync(client);
        await AssertHeadersTooLargeAsync(client);
        using var ordinary = await client.GetAsync("/api/v1/effect-goals");
        Assert.Equal(HttpStatusCode.OK, ordinary.StatusCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is ending; the temp folder is cleaned by the system.
        }
    }

    private static async Task AssertTooLongAsync(HttpClient client)
    {
        using var response = await client.GetAsync(LongQuery);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestUriTooLong);
        Assert.Equal(ProblemTypes.UriTooLong, problem.GetProperty("type").GetString());
        Assert.Contains("8,192", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task AssertHeadersTooLargeAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/effect-goals");
        request.Headers.Add("X-Padding", new string('p', RequestSizeLimitsMiddleware.MaxHeaderBytes));
        using var response = await client.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
        Assert.Equal(ProblemTypes.HeaderFieldsTooLarge, problem.GetProperty("type").GetString());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
