using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Auth;

public abstract class ApiKeyAuthTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static readonly object NewKey = new { organisation = "gab", role = "reporter", name = "refused" };

    [SkippableFact]
    public async Task Without_a_key_a_write_is_refused_with_401_and_WWW_Authenticate()
    {
        var before = await ScalarAsync("SELECT COUNT(*) FROM api_key");

        using var response = await Client.PostAsJsonAsync("/api/v1/admin/api-keys", NewKey);

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM api_key"));
    }

    [SkippableTheory]
    [InlineData("sbk_0123456789abcdef_notarealsecretnotarealsecretnotarealsecret0")]
    [InlineData("just-a-guess")]
    [InlineData("test-bootstrap-admin-key-0123456789abcde")]
    public async Task An_unknown_key_is_refused_with_401(string key)
    {
        var before = await ScalarAsync("SELECT COUNT(*) FROM api_key");
        using var client = Fixture.CreateClient(key);

        using var response = await client.PostAsJsonAsync("/api/v1/admin/api-keys", NewKey);

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM api_key"));
    }

    [SkippableTheory]
    [InlineData("api_key")]
    [InlineData("apiKey")]
    [InlineData("X-Api-Key")]
    public async Task A_valid_key_in_the_query_string_is_refused(string name)
    {
        var before = await ScalarAsync("SELECT COUNT(*) FROM api_key");

        using var response = await Client.PostAsJsonAsync($"/api/v1/admin/api-keys?{name}={TestKeys.BootstrapAdmin}", NewKey);

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("query string", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM api_key"));
    }

    [SkippableFact]
    public async Task A_created_key_is_shown_once_and_stored_only_as_a_salted_hash()
    {
        using var response = await AdminClient.PostAsJsonAsync("/api/v1/admin/api-keys", new { organisation = "gab", role = "reporter", name = "GaB export" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var key = created.GetProperty("key").GetString()!;
        Assert.Matches("^sbk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", key);
        var id = created.GetProperty("details").GetProperty("id").GetInt64();

        await using var connection = await OpenDbAsync();
        var row = await Dapper.SqlMapper.QuerySingleAsync(connection,
            "SELECT prefix, key_salt, key_hash, organisation_code, role FROM api_key WHERE id = @Id", new { Id = id });
        Assert.Equal(key.Substring(4, 16), (string)row.prefix);
        Assert.Equal(64, ((string)row.key_hash).Length);
        Assert.DoesNotContain(key[21..], (string)row.key_hash, StringComparison.Ordinal);
        Assert.Equal("gab", (string)row.organisation_code);

        var listed = await AdminClient.GetStringAsync("/api/v1/admin/api-keys");
        Assert.Contains(key.Substring(4, 16), listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_reporter_key_on_an_admin_endpoint_gets_403_and_changes_nothing()
    {
        using var reporter = await ReporterClientAsync("gab");
        var before = await ScalarAsync("SELECT COUNT(*) FROM api_key");

        using var create = await reporter.PostAsJsonAsync("/api/v1/admin/api-keys", new { organisation = "gab", role = "admin", name = "escalate" });
        using var list = await reporter.GetAsync("/api/v1/admin/api-keys");
        using var revoke = await reporter.DeleteAsync("/api/v1/admin/api-keys/1");

        await ProblemAsync(create, HttpStatusCode.Forbidden);
        await ProblemAsync(list, HttpStatusCode.Forbidden);
        await ProblemAsync(revoke, HttpStatusCode.Forbidden);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM api_key"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM api_key WHERE revoked_at IS NOT NULL AND id = 1"));
    }

    [SkippableFact]
    public async Task A_revoked_key_is_refused_and_use_is_recorded()
    {
        var key = await TestKeys.CreateAsync(AdminClient, "gladsaxe-kommune", "admin");
        using var client = Fixture.CreateClient(key);
        using (var ok = await client.GetAsync("/api/v1/admin/api-keys"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var prefix = key.Substring(4, 16);
        var id = await ScalarAsync("SELECT id FROM api_key WHERE prefix = @Prefix", new { Prefix = prefix });
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM api_key WHERE id = @Id AND last_used_at IS NOT NULL", new { Id = id }));

        using var revoke = await AdminClient.DeleteAsync($"/api/v1/admin/api-keys/{id}");
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        using var refused = await client.GetAsync("/api/v1/admin/api-keys");
        var problem = await ProblemAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_key_for_an_unknown_organisation_or_role_is_a_validation_problem()
    {
        using var response = await AdminClient.PostAsJsonAsync("/api/v1/admin/api-keys", new { organisation = "nobody", role = "owner", name = "x" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ErrorsFor(problem, "organisation"));
        Assert.NotEmpty(ErrorsFor(problem, "role"));
    }

    [SkippableFact]
    public async Task Reads_stay_anonymous()
    {
        using var response = await Client.GetAsync("/api/v1/areas");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class ApiKeyAuthSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : ApiKeyAuthTests<SqliteTestDatabase>(fixture);

public sealed class ApiKeyAuthSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : ApiKeyAuthTests<SqlServerTestDatabase>(fixture);
