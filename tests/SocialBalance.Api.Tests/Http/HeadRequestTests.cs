using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Http;

/// <summary>HEAD answers as GET does, status and headers alike, without a body (RFC 9110 §9.3.2).</summary>
public abstract class HeadRequestTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData("/api/v1/areas", HttpStatusCode.OK)]
    [InlineData("/api/v1/areas/vaerebro-park", HttpStatusCode.OK)]
    [InlineData("/api/v1/observations?indicator=feel-safe", HttpStatusCode.OK)]
    [InlineData("/api/v1/areas/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/observations?from=2021&to=2019", HttpStatusCode.BadRequest)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task Head_answers_as_get_without_a_body(string url, HttpStatusCode expected)
    {
        using var get = await Client.GetAsync(url);
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal((expected, expected), (get.StatusCode, head.StatusCode));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [SkippableFact]
    public async Task A_write_route_still_refuses_head()
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/observations/batch"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }
}

public sealed class HeadRequestSqliteTests(ApiFixture<SqliteTestDatabase> fixture) : HeadRequestTests<SqliteTestDatabase>(fixture);

public sealed class HeadRequestSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : HeadRequestTests<SqlServerTestDatabase>(fixture);
