using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Http;

/// <summary>Security headers, CORS open for reads and closed for writes, and the per-client read limit.</summary>
public sealed class HttpHardeningTests(ApiFixture<SqliteTestDatabase> fixture) : IClassFixture<ApiFixture<SqliteTestDatabase>>
{
    [Fact]
    public async Task Every_answer_has_the_security_headers()
    {
        using var client = fixture.CreateClient();
        foreach (var url in new[] { "/api/v1/areas", "/api/v1/areas/atlantis", "/health/live" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
            Assert.Contains("default-src 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        }

        using var ui = await client.GetAsync("/swagger/index.html");
        Assert.Contains("script-src 'self'", string.Join(",", ui.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Any_origin_may_read_but_no_origin_may_write()
    {
        using var client = fixture.CreateClient();

        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/themes");
        read.Headers.Add("Origin", "https://dashboard.example");
        using var readResponse = await client.SendAsync(read);
        Assert.Equal("*", string.Join(",", readResponse.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", string.Join(",", readResponse.Headers.GetValues("Access-Control-Expose-Headers")));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/observations");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var preflightResponse = await client.SendAsync(preflight);
        Assert.False(preflightResponse.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods)
            && methods.Any(m => m.Contains("POST", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reads_over_the_limit_get_a_429_problem_with_retry_after_and_health_is_never_limited()
    {
        using var limited = fixture.WithWebHostBuilder(b => b.UseSetting("Limits:AnonymousReadsPerMinute", "3"));
        using var client = limited.CreateCheckedClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/effect-goals")).StatusCode);
        }

        using var refused = await client.GetAsync("/api/v1/effect-goals");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
