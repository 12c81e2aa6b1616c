using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// A write stopped by the request timeout inside its open transaction answers the 504 timeout problem, not an
/// unexpected error, and leaves nothing behind. (A database command cancelled by the timeout may surface as a
/// database error instead; CancelledCommandMiddlewareTests pins that case.)
/// </summary>
public abstract class TimedOutWriteTests<TDatabase>(TimeLimitedWriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<TimeLimitedWriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private readonly TimeLimitedWriteFixture<TDatabase> slow = fixture;

    [SkippableFact]
    public async Task A_write_that_outlives_the_request_timeout_answers_504_and_writes_nothing()
    {
        await using var connection = await OpenDbAsync();
        var before = await WriteTestSupport.FigureStateAsync(connection);
        slow.Transactions.StallNextAttempt();

        using var response = await AdminClient.PostFigureAsync(new { indicator = "feel-safe", area = "moerkhoej", year = 2021, value = 75.5 });

        var problem = await ProblemAsync(response, HttpStatusCode.GatewayTimeout);
        Assert.Equal("The request took too long and was stopped.", problem.GetProperty("title").GetString());
        Assert.Equal(before, await WriteTestSupport.FigureStateAsync(connection));
    }
}

public sealed class TimedOutWriteSqliteTests(TimeLimitedWriteFixture<SqliteTestDatabase> fixture)
    : TimedOutWriteTests<SqliteTestDatabase>(fixture);

public sealed class TimedOutWriteSqlServerTests(TimeLimitedWriteFixture<SqlServerTestDatabase> fixture)
    : TimedOutWriteTests<SqlServerTestDatabase>(fixture);
