using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// A write stopped by the request timeout while the database is busy with it answers the 504 timeout problem,
/// not an unexpected error, and leaves nothing behind. (SqlClient reports such a cancellation either as a
/// cancellation or as a SqlException, depending on when it lands; CancelledCommandMiddlewareTests pins the latter.)
/// </summary>
public abstract class TimedOutWriteTests<TDatabase>(TimeLimitedWriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<TimeLimitedWriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private readonly TimeLimitedWriteFixture<TDatabase> slow = fixture;

    [SkippableFact]
    public async Task A_write_whose_command_outlives_the_request_timeout_answers_504_and_writes_nothing()
    {
        await using var connection = await OpenDbAsync();
        var before = await WriteTestSupport.FigureStateAsync(connection);
        slow.Transactions.SlowDownNextAttempt();

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
