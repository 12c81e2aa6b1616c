using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Http;

/// <summary>
/// What caches may keep: public reads are public, an answer to a keyed read is private to its caller, and the
/// answer that carries a new key's secret is kept by no cache at all.
/// </summary>
public abstract class CachePrivacyTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task A_public_read_may_be_kept_by_shared_caches()
    {
        using var response = await Client.GetAsync("/api/v1/areas");

        Assert.Equal(ConditionalGetMiddleware.CacheControl, response.Headers.CacheControl?.ToString());
    }

    [SkippableTheory]
    [InlineData("/api/v1/admin/areas/gladsaxe")]
    [InlineData("/api/v1/admin/api-keys")]
    public async Task A_keyed_read_is_private_to_its_caller(string url)
    {
        using var response = await AdminClient.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, Public: false, NoCache: true }, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [SkippableFact]
    public async Task The_answer_with_a_new_key_secret_is_never_stored()
    {
        using var response = await AdminClient.PostAsJsonAsync("/api/v1/admin/api-keys", new { organisation = "gab", role = "reporter", name = "cache test" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
    }
}

public sealed class CachePrivacySqliteTests(ApiFixture<SqliteTestDatabase> fixture) : CachePrivacyTests<SqliteTestDatabase>(fixture);

public sealed class CachePrivacySqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : CachePrivacyTests<SqlServerTestDatabase>(fixture);
