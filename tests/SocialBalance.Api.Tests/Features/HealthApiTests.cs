using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class HealthApiTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Live_answers_without_checking_dependencies()
    {
        var live = await GetJsonAsync("/health/live");

        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Empty(live.GetProperty("checks").EnumerateObject());
    }

    [SkippableFact]
    public async Task Ready_checks_the_database()
    {
        var ready = await GetJsonAsync("/health/ready");

        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("database").GetString());
    }
}

public sealed class HealthApiSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : HealthApiTests<SqliteTestDatabase>(fixture);

public sealed class HealthApiSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : HealthApiTests<SqlServerTestDatabase>(fixture);
