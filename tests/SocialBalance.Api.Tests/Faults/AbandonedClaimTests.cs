using System.Text;
using Dapper;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// Regression: a request killed with its process never releases its Idempotency-Key claim. Before the fix
/// the key answered 409 "still being processed" for 24 hours; now a retry takes over a claim older than the lease.
/// </summary>
public abstract class AbandonedClaimTests<TDatabase>(WriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<WriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string Csv = "indicator,area,year,value\r\nfeel-safe,test-area-11,2020,50\r\nfeel-safe,test-area-11,2021,51\r\n";

    [SkippableFact]
    public async Task A_claim_older_than_the_lease_is_taken_over_by_the_retry_and_applied_once()
    {
        await ClaimAsync("abandoned-1", DateTimeOffset.UtcNow.AddMinutes(-11));

        using var retry = await AdminClient.SendAsync(Batch("abandoned-1"));
        var body = await retry.Content.ReadAsStringAsync();

        Assert.True(retry.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(2, JsonSerializer.Deserialize<JsonElement>(body).GetProperty("created").GetInt32());
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM observation WHERE area_code = 'test-area-11'"));

        using var replay = await AdminClient.SendAsync(Batch("abandoned-1"));

        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(body, await replay.Content.ReadAsStringAsync());
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM observation_import WHERE received = 2 AND created = 2"));
    }

    [SkippableFact]
    public async Task A_claim_within_the_lease_still_answers_409()
    {
        await ClaimAsync("fresh-claim-1", DateTimeOffset.UtcNow.AddMinutes(-9));
        var before = await StateAsync();

        using var retry = await AdminClient.SendAsync(Batch("fresh-claim-1"));

        await ProblemAsync(retry, HttpStatusCode.Conflict);
        Assert.Equal(before, await StateAsync());
    }

    private async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await WriteTestSupport.FigureStateAsync(connection);
    }

    private async Task ClaimAsync(string key, DateTimeOffset createdAt)
    {
        await using var connection = await OpenDbAsync();
        await connection.ExecuteAsync(
            "INSERT INTO idempotency_record (organisation_code, idempotency_key, fingerprint, state, created_at, expires_at) VALUES ('gladsaxe-kommune', @Key, 'x', 'in-progress', @CreatedAt, @Expires)",
            new { Key = key, CreatedAt = createdAt, Expires = createdAt.AddHours(24) });
    }

    private static HttpRequestMessage Batch(string key) => new(HttpMethod.Post, "/api/v1/observations/batch")
    {
        Content = new StringContent(Csv, Encoding.UTF8, "text/csv"),
        Headers = { { "Idempotency-Key", key } },
    };
}

public sealed class AbandonedClaimSqliteTests(WriteFixture<SqliteTestDatabase> fixture)
    : AbandonedClaimTests<SqliteTestDatabase>(fixture);

public sealed class AbandonedClaimSqlServerTests(WriteFixture<SqlServerTestDatabase> fixture)
    : AbandonedClaimTests<SqlServerTestDatabase>(fixture);
