using SocialBalance.Api.Tests.Faults;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Provenance;

/// <summary>
/// Two organisations granted the same indicator in the same area race to write the same figures: whoever commits
/// first owns each figure, and no write of the other slips in between its check and its write. Every answer is a 2xx
/// of the owner or a 403 of the other; the history holds the owner's writes and nothing else.
/// </summary>
public abstract class OwnershipRaceTests<TDatabase>(ConcurrentWriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ConcurrentWriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const int Writers = 16;
    private const int Steps = 4;
    private static readonly int[] Years = [2020, 2021];

    private sealed record Answer(string Organisation, int Year, double Value, HttpStatusCode Status, string Body);

    [SkippableFact]
    public async Task Concurrent_writes_of_two_organisations_leave_each_figure_to_the_first_that_committed()
    {
        SkipUnlessLocksAreTaken();
        var clients = new List<(string Organisation, HttpClient Client)>();
        for (var w = 0; w < Writers; w++)
        {
            var organisation = w % 2 == 0 ? "aab" : "abg";
            clients.Add((organisation, await ReporterClientAsync(organisation)));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = clients.Select((c, w) => Task.Run(async () =>
        {
            await start.Task;
            var answers = new List<Answer>();
            for (var step = 0; step < Steps; step++)
            {
                // Unique values (one decimal, as the indicator takes), so each revision names its write.
                var (year, value) = (Years[(w + step) % Years.Length], ((w * Steps) + step) / 10.0);
                using var response = await c.Client.PostFigureAsync(new { indicator = "new-tenants-working", area = "hoeje-gladsaxe", year, value });
                answers.Add(new Answer(c.Organisation, year, value, response.StatusCode, await response.Content.ReadAsStringAsync()));
            }

            return answers;
        })).ToArray();
        start.SetResult();
        var answers = (await Task.WhenAll(writers)).SelectMany(a => a).ToList();

        foreach (var year in Years)
        {
            var history = await GetJsonAsync($"/api/v1/observations/history?indicator=new-tenants-working&area=hoeje-gladsaxe&year={year}");
            var revisions = history.GetProperty("revisions").EnumerateArray().ToList();
            var owner = revisions[0].GetProperty("organisation").GetString();
            var ofYear = answers.Where(a => a.Year == year).ToList();

            Assert.All(ofYear, a => Assert.True(
                a.Organisation == owner ? a.Status is HttpStatusCode.Created or HttpStatusCode.OK : a.Status == HttpStatusCode.Forbidden,
                $"{a.Organisation} on {year} (owner {owner}): {(int)a.Status} {a.Body}"));
            Assert.All(revisions, r => Assert.Equal(owner, r.GetProperty("organisation").GetString()));
            Assert.Equal(
                ofYear.Where(a => a.Organisation == owner).Select(a => a.Value).Order(),
                revisions.Select(r => r.GetProperty("value").GetDouble()).Order());
            Assert.All(ofYear.Where(a => a.Organisation != owner), a =>
                Assert.Equal([(1, "year")], WriteTestSupport.Rows(JsonSerializer.Deserialize<JsonElement>(a.Body))));
        }

        foreach (var (_, client) in clients)
        {
            client.Dispose();
        }
    }
}

public sealed class OwnershipRaceSqliteTests(ConcurrentWriteFixture<SqliteTestDatabase> fixture)
    : OwnershipRaceTests<SqliteTestDatabase>(fixture);

public sealed class OwnershipRaceSqlServerTests(ConcurrentWriteFixture<SqlServerTestDatabase> fixture)
    : OwnershipRaceTests<SqlServerTestDatabase>(fixture);
