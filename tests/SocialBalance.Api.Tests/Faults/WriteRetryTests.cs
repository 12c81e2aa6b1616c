using System.Globalization;
using System.Text;
using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// A write whose transaction the database gives up (a deadlock victim, a busy file) is started over as a whole
/// and written exactly once; one that fails every attempt answers 503 with Retry-After and changes nothing.
/// </summary>
public abstract class WriteRetryTests<TDatabase>(FaultyWriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<FaultyWriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private readonly FaultyWriteFixture<TDatabase> faulty = fixture;

    [SkippableFact]
    public async Task A_figure_whose_first_attempts_lose_a_deadlock_is_written_once()
    {
        using var failures = new FailedWriteAttempts(Services);
        faulty.Transactions.FailNextAttempts(2);

        using var response = await AdminClient.PostFigureAsync(new { indicator = "feel-safe", area = "hoeje-gladsaxe", year = 2019, value = 71.5 });

        var summary = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, summary.GetProperty("created").GetInt32());
        Assert.Equal(2, failures.Count);
        await using var connection = await OpenDbAsync();
        var figure = await connection.QuerySingleAsync<(double Value, long Revision, long ImportId)>(
            "SELECT value, revision, import_id FROM observation WHERE indicator_code = 'feel-safe' AND area_code = 'hoeje-gladsaxe' AND year = 2019");
        Assert.Equal((71.5, 1L), (figure.Value, figure.Revision));
        Assert.Equal(summary.GetProperty("importId").GetInt64(), figure.ImportId);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM observation_revision WHERE indicator_code = 'feel-safe' AND area_code = 'hoeje-gladsaxe' AND year = 2019"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM observation_import WHERE id = @Id", new { Id = figure.ImportId }));
    }

    [SkippableFact]
    public async Task A_batch_and_a_retraction_are_started_over_and_applied_once()
    {
        var csv = new StringBuilder("indicator,area,year,value\r\n");
        foreach (var year in new[] { 2016, 2017, 2018 })
        {
            csv.Append(CultureInfo.InvariantCulture, $"good-health,moerkhoej,{year},{60 + year - 2016}.5\r\n");
        }

        using (var first = await AdminClient.PostCsvAsync(csv.ToString()))
        {
            await first.JsonAsync(HttpStatusCode.OK);
        }

        using var failures = new FailedWriteAttempts(Services);
        faulty.Transactions.FailNextAttempts(1);
        using (var update = await AdminClient.PostCsvAsync(csv.ToString().Replace(".5", ".7", StringComparison.Ordinal)))
        {
            var summary = await update.JsonAsync(HttpStatusCode.OK);
            Assert.Equal(3, summary.GetProperty("updated").GetInt32());
        }

        faulty.Transactions.FailNextAttempts(1);
        using (var retraction = await AdminClient.DeleteAsync("/api/v1/observations?indicator=good-health&area=moerkhoej&year=2018"))
        {
            Assert.Equal(HttpStatusCode.NoContent, retraction.StatusCode);
        }

        Assert.Equal(2, failures.Count);
        await using var connection = await OpenDbAsync();
        var figures = (await connection.QueryAsync<(int Year, double Value, long Revision, long Retracted)>(
            "SELECT year, value, revision, CASE WHEN retracted_at IS NULL THEN 0 ELSE 1 END FROM observation WHERE indicator_code = 'good-health' AND area_code = 'moerkhoej' ORDER BY year")).ToList();
        Assert.Equal([(2016, 60.7, 2L, 0L), (2017, 61.7, 2L, 0L), (2018, 62.7, 3L, 1L)], figures);
        Assert.Equal(4, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM observation_revision WHERE indicator_code = 'good-health' AND area_code = 'moerkhoej'"));
    }

    [SkippableFact]
    public async Task A_write_that_fails_every_attempt_answers_503_with_Retry_After_and_changes_nothing()
    {
        await using var connection = await OpenDbAsync();
        var before = await WriteTestSupport.FigureStateAsync(connection);
        faulty.Transactions.FailNextAttempts(WriteTransactions.Attempts);

        using var response = await AdminClient.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2015, value = 50.0 });

        var problem = await ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("deadlock", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await WriteTestSupport.FigureStateAsync(connection));

        // The next attempt is the database's own again, and it succeeds.
        faulty.Transactions.FailNextAttempts(0);
        using var again = await AdminClient.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2015, value = 50.0 });
        await again.JsonAsync(HttpStatusCode.Created);
    }
}

public sealed class WriteRetrySqliteTests(FaultyWriteFixture<SqliteTestDatabase> fixture)
    : WriteRetryTests<SqliteTestDatabase>(fixture);

public sealed class WriteRetrySqlServerTests(FaultyWriteFixture<SqlServerTestDatabase> fixture)
    : WriteRetryTests<SqlServerTestDatabase>(fixture);
