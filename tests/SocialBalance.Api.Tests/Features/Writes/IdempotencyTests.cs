using System.Text;
using Dapper;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

public abstract class IdempotencyTests<TDatabase>(WriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<WriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await WriteTestSupport.FigureStateAsync(connection);
    }

    private static HttpRequestMessage Batch(string csv, string key) => new(HttpMethod.Post, "/api/v1/observations/batch")
    {
        Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        Headers = { { "Idempotency-Key", key } },
    };

    [SkippableFact]
    public async Task The_same_key_and_body_replays_the_first_answer_without_writing()
    {
        const string csv = "indicator,area,year,value\r\nfeel-safe,test-area-03,2020,50\r\nfeel-safe,test-area-03,2021,51\r\n";
        using var first = await AdminClient.SendAsync(Batch(csv, "\"replay-1\""));
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var after = await StateAsync();

        using var second = await AdminClient.SendAsync(Batch(csv, "\"replay-1\""));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(after, await StateAsync());
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = 'replay-1' AND state = 'completed'"));
    }

    [SkippableFact]
    public async Task The_same_key_with_another_body_is_422_and_writes_nothing()
    {
        using (var first = await AdminClient.SendAsync(Batch("indicator,area,year,value\r\nfeel-safe,test-area-04,2020,50\r\n", "reuse-1")))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = await StateAsync();

        using var second = await AdminClient.SendAsync(Batch("indicator,area,year,value\r\nfeel-safe,test-area-04,2020,60\r\n", "reuse-1"));

        await ProblemAsync(second, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task A_retry_while_the_first_is_still_running_is_409()
    {
        await using (var connection = await OpenDbAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO idempotency_record (organisation_code, idempotency_key, fingerprint, state, created_at, expires_at) VALUES ('gladsaxe-kommune', 'busy-1', 'x', 'in-progress', @Now, @Expires)",
                new { Now = DateTimeOffset.UtcNow, Expires = DateTimeOffset.UtcNow.AddHours(24) });
        }

        var before = await StateAsync();

        using var retry = await AdminClient.SendAsync(Batch("indicator,area,year,value\r\nfeel-safe,test-area-05,2020,50\r\n", "busy-1"));

        await ProblemAsync(retry, HttpStatusCode.Conflict);
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task Keys_are_per_organisation()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        using var abg = await ReporterClientAsync("abg", "feel-safe");
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/v1/observations/batch")
        {
            Content = new StringContent("indicator,area,year,value\r\nfeel-safe,vaerebro-park,2001,50\r\n", Encoding.UTF8, "text/csv"),
            Headers = { { "Idempotency-Key", "shared-key" } },
        };
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/v1/observations/batch")
        {
            Content = new StringContent("indicator,area,year,value\r\nfeel-safe,moerkhoej,2001,50\r\n", Encoding.UTF8, "text/csv"),
            Headers = { { "Idempotency-Key", "shared-key" } },
        };

        using var a = await gab.SendAsync(first);
        using var b = await abg.SendAsync(second);

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = 'shared-key'"));
    }

    [SkippableFact]
    public async Task A_refused_batch_is_replayed_as_refused_and_records_expire_after_24_hours()
    {
        const string bad = "indicator,area,year,value\r\nfeel-safe,test-area-06,2020,500\r\n";
        using (var first = await AdminClient.SendAsync(Batch(bad, "bad-1")))
        {
            await ProblemAsync(first, HttpStatusCode.UnprocessableEntity);
        }

        using (var again = await AdminClient.SendAsync(Batch(bad, "bad-1")))
        {
            await ProblemAsync(again, HttpStatusCode.UnprocessableEntity);
            Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        }

        var (created, expires) = await FirstRecordTimesAsync("bad-1");
        Assert.True(expires - created >= TimeSpan.FromHours(24));
    }

    [SkippableFact]
    public async Task A_single_figure_post_is_idempotent_too()
    {
        HttpRequestMessage Post() => new(HttpMethod.Post, "/api/v1/observations")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { indicator = "feel-safe", area = "test-area-07", year = 2020, value = 50 }),
            Headers = { { "Idempotency-Key", "single-1" } },
        };

        using var first = await AdminClient.SendAsync(Post());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var after = await StateAsync();

        using var again = await AdminClient.SendAsync(Post());

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.NotNull(first.Headers.Location);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(after, await StateAsync());
    }

    [SkippableFact]
    public async Task A_malformed_key_is_400()
    {
        using var response = await AdminClient.SendAsync(Batch("indicator,area,year,value\r\n", new string('k', 300)));

        Assert.NotEmpty(ErrorsFor(await ProblemAsync(response, HttpStatusCode.BadRequest), "Idempotency-Key"));
    }

    private async Task<(DateTimeOffset, DateTimeOffset)> FirstRecordTimesAsync(string key)
    {
        await using var connection = await OpenDbAsync();
        var row = await connection.QuerySingleAsync<Times>(
            "SELECT created_at, expires_at FROM idempotency_record WHERE idempotency_key = @Key", new { Key = key });
        return (row.CreatedAt, row.ExpiresAt);
    }

    private sealed class Times
    {
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
    }
}

public sealed class IdempotencySqliteTests(WriteFixture<SqliteTestDatabase> fixture)
    : IdempotencyTests<SqliteTestDatabase>(fixture);

public sealed class IdempotencySqlServerTests(WriteFixture<SqlServerTestDatabase> fixture)
    : IdempotencyTests<SqlServerTestDatabase>(fixture);
