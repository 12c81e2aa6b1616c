using System.Globalization;
using System.Text;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>The service with small limits, so the tests reach them quickly.</summary>
public sealed class LimitFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public const int WritesPerMinute = 3;
    public const int MaxBodyBytes = 2048;
    public const int MaxBatchBytes = 16 * 1024;

    /// <summary>Keys made directly in the database: through the admin API they would spend the admin key's budget.</summary>
    public Dictionary<string, string> Keys { get; } = [];

    protected override async Task ArrangeAsync(SocialBalance.Api.Infrastructure.Database.DbConnectionFactory db)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        foreach (var (name, organisation, role) in new[]
        {
            ("gab", "gab", "reporter"), ("abg", "abg", "reporter"), ("admin1", "gladsaxe-kommune", "admin"),
            ("admin2", "gladsaxe-kommune", "admin"), ("admin3", "gladsaxe-kommune", "admin"),
        })
        {
            var key = SocialBalance.Api.Infrastructure.Auth.ApiKeySecrets.Generate();
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                INSERT INTO api_key (organisation_code, role, name, prefix, key_salt, key_hash, created_at)
                VALUES (@Organisation, @Role, @Name, @Prefix, @Salt, @Hash, @Now)
                """, new { Organisation = organisation, Role = role, Name = name, key.Prefix, key.Salt, key.Hash, Now = DateTimeOffset.UtcNow });
            Keys[name] = key.Key;
        }

        // The reporters post feel-safe for their own areas.
        await Dapper.SqlMapper.ExecuteAsync(connection,
            "INSERT INTO organisation_indicator (organisation_code, indicator_code) VALUES ('gab', 'feel-safe'), ('abg', 'feel-safe')");
    }

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Limits:WritesPerMinute"] = WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Limits:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Limits:MaxBatchBodyBytes"] = MaxBatchBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public abstract class LimitTests<TDatabase>(LimitFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<LimitFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private HttpClient ClientWith(string key)
    {
        SkipUnlessAvailable();
        return Fixture.CreateClient(fixture.Keys[key]);
    }

    private async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await WriteTestSupport.FigureStateAsync(connection);
    }

    [SkippableFact]
    public async Task Writes_beyond_the_per_key_rate_get_429_with_Retry_After_and_write_nothing()
    {
        using var gab = ClientWith("gab");
        for (var i = 0; i < LimitFixture<TDatabase>.WritesPerMinute; i++)
        {
            using var ok = await gab.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2010 + i, value = 50 });
            Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        }

        var before = await StateAsync();

        using var refused = await gab.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2020, value = 50 });

        await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(before, await StateAsync());

        // Another key has its own budget.
        using var abg = ClientWith("abg");
        using var other = await abg.PostFigureAsync(new { indicator = "feel-safe", area = "moerkhoej", year = 2020, value = 50 });
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    [SkippableFact]
    public async Task A_body_over_the_limit_is_413_and_writes_nothing()
    {
        using var admin = ClientWith("admin1");
        var before = await StateAsync();
        var note = new string('n', LimitFixture<TDatabase>.MaxBodyBytes);

        using var single = await admin.PostFigureAsync(new { indicator = "feel-safe", area = "gladsaxe", year = 2020, value = 50, note });

        await ProblemAsync(single, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task The_batch_endpoint_takes_a_larger_body_but_not_an_unlimited_one()
    {
        using var admin = ClientWith("admin2");
        var csv = new StringBuilder("indicator,area,year,value,note\r\n");
        foreach (var year in Enumerable.Range(1990, 30))
        {
            csv.Append(CultureInfo.InvariantCulture, $"good-health,gladsaxe,{year},50,{new string('n', 100)}\r\n");
        }

        Assert.InRange(csv.Length, LimitFixture<TDatabase>.MaxBodyBytes, LimitFixture<TDatabase>.MaxBatchBytes);
        using (var accepted = await admin.PostCsvAsync(csv.ToString()))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var before = await StateAsync();
        while (csv.Length <= LimitFixture<TDatabase>.MaxBatchBytes)
        {
            csv.Append(CultureInfo.InvariantCulture, $"good-health,gladsaxe,2020,50,{new string('n', 500)}\r\n");
        }

        // Chunked (no Content-Length), so the limit must hold while the body streams in.
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/observations/batch") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var refused = await admin.SendAsync(request);

        await ProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task An_admin_body_over_the_limit_is_413()
    {
        using var admin = ClientWith("admin3");
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/organisations", new
        {
            code = "big",
            name = new { da = new string('x', 3000), en = "x" },
            kind = "housing-organisation",
        });

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM organisation WHERE code = 'big'"));
    }
}

public sealed class LimitSqliteTests(LimitFixture<SqliteTestDatabase> fixture)
    : LimitTests<SqliteTestDatabase>(fixture);

public sealed class LimitSqlServerTests(LimitFixture<SqlServerTestDatabase> fixture)
    : LimitTests<SqlServerTestDatabase>(fixture);
