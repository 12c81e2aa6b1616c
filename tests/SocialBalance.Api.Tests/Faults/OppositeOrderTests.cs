using System.Globalization;
using System.Text;
using Dapper;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// Two batches that change the same figures of two areas, one listing the areas in the opposite order of the
/// other, posted at the same moment again and again: every write succeeds and keeps every revision, because
/// writes lock areas and figures in one global order, so no attempt is lost to a deadlock. Where the engine takes
/// no locks on the read, a write that raced another is planned again from the fresh figures.
/// </summary>
public abstract class OppositeOrderTests<TDatabase>(ConcurrentWriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ConcurrentWriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const int Rounds = 10;
    private static readonly string[] Areas = ["hoeje-gladsaxe", "vaerebro-park"];
    private static readonly string[] Indicators = ["feel-safe", "good-health", "voter-turnout"];
    private static readonly int[] Years = [2020, 2021, 2022, 2023];

    [SkippableFact]
    public async Task Opposite_orders_at_once_all_succeed_and_keep_every_revision()
    {
        using (var first = await AdminClient.PostCsvAsync(Csv(Areas, 10.0)))
        {
            await first.JsonAsync(HttpStatusCode.OK);
        }

        using var failures = new FailedWriteAttempts(Services);
        using var other = Fixture.CreateClient(TestKeys.BootstrapAdmin);
        for (var round = 1; round <= Rounds; round++)
        {
            var forward = AdminClient.PostCsvAsync(Csv(Areas, 10.0 + round));
            var backward = other.PostCsvAsync(Csv(Areas.Reverse(), 50.0 + round));
            foreach (var response in await Task.WhenAll(forward, backward))
            {
                using (response)
                {
                    var summary = await response.JsonAsync(HttpStatusCode.OK);
                    Assert.Equal(Areas.Length * Indicators.Length * Years.Length, summary.GetProperty("updated").GetInt32());
                }
            }
        }

        await using var connection = await OpenDbAsync();
        var figures = Areas.Length * Indicators.Length * Years.Length;
        Assert.Equal(figures * 2 * Rounds, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation_revision"));
        Assert.Equal(figures, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM observation WHERE revision = @Last", new { Last = 1 + (2 * Rounds) }));
        // Each batch is one serial step: after the last round every figure holds the same batch's value.
        var last = (await connection.QueryAsync<double>("SELECT DISTINCT value FROM observation")).ToList();
        Assert.Single(last);
        Assert.Contains(Assert.Single(last), new[] { 10.0 + Rounds, 50.0 + Rounds });
        // Never a deadlock; and where the engine takes locks, not even a race.
        Assert.Equal(0, failures.Transient);
        if (Fixture.Database.LockingSkipReason is null)
        {
            Assert.Equal(0, failures.Raced);
        }
    }

    private static string Csv(IEnumerable<string> areas, double value)
    {
        var csv = new StringBuilder("indicator,area,year,value\r\n");
        foreach (var area in areas)
        {
            foreach (var indicator in Indicators)
            {
                foreach (var year in Years)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{indicator},{area},{year},{value}\r\n");
                }
            }
        }

        return csv.ToString();
    }
}

public sealed class OppositeOrderSqliteTests(ConcurrentWriteFixture<SqliteTestDatabase> fixture)
    : OppositeOrderTests<SqliteTestDatabase>(fixture);

public sealed class OppositeOrderSqlServerTests(ConcurrentWriteFixture<SqlServerTestDatabase> fixture)
    : OppositeOrderTests<SqlServerTestDatabase>(fixture);
