using Microsoft.Data.Sqlite;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// When the database stops answering, readiness says so (503 with Retry-After) while liveness stays 200,
/// reads answer a 503 problem rather than a 500, and all is well again once the database is back.
/// </summary>
public sealed class ReadinessWithoutDatabaseTests(ApiFixture<SqliteTestDatabase> fixture)
    : IClassFixture<ApiFixture<SqliteTestDatabase>>
{
    [Fact]
    public async Task The_service_reports_the_outage_and_recovers_when_the_database_returns()
    {
        using var client = fixture.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        var file = fixture.Database.Settings["Database:SqliteFile"]!;
        var aside = file + ".aside";
        SqliteConnection.ClearAllPools();
        File.Move(file, aside);
        // A folder where the file was: SQLite cannot open it, as with a disk that went away.
        Directory.CreateDirectory(file);
        try
        {
            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.NotNull(ready.Headers.RetryAfter);
            var readyBody = await ready.Content.ReadAsStringAsync();
            Assert.Contains("\"database\":\"Unhealthy\"", readyBody);
            Assert.DoesNotContain(file, readyBody);

            using var live = await client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);

            using var read = await client.GetAsync("/api/v1/areas");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
            Assert.Equal("application/problem+json", read.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(read.Headers.RetryAfter);
            var readBody = await read.Content.ReadAsStringAsync();
            Assert.DoesNotContain(file, readBody);
            Assert.DoesNotContain("SqliteException", readBody);
            Assert.DoesNotContain("   at ", readBody);
        }
        finally
        {
            Directory.Delete(file);
            File.Move(aside, file);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/areas")).StatusCode);
    }
}
