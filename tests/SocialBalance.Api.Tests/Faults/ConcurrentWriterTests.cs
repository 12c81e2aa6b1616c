using System.Globalization;
using System.Text;
using Dapper;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>The service with a write budget no test reaches, so every refusal would be the service's own fault.</summary>
public sealed class ConcurrentWriteFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Limits:WritesPerMinute"] = "1000000",
        ["Limits:AnonymousReadsPerMinute"] = "1000000",
    };
}

/// <summary>
/// 32 writers at once on the same three figures, with admin and reporter keys, by single posts and by JSON and
/// CSV batches: no 5xx and no other refusal, no lost revision, revisions in an order consistent with each
/// writer's own order, and the current value is the last committed revision.
/// </summary>
public abstract class ConcurrentWriterTests<TDatabase>(ConcurrentWriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ConcurrentWriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const int Writers = 32;
    private const int StepsPerWriter = 6;
    private static readonly int[] Years = [2020, 2021, 2022];

    /// <summary>One row a writer got a 2xx for: which writer, in which of its steps, the value and the import.</summary>
    private sealed record Committed(int Writer, int Step, int Year, double Value, long ImportId);

    [SkippableFact]
    public async Task Concurrent_writers_on_the_same_figures_lose_no_revision_and_end_on_the_last_committed()
    {
        SkipUnlessLocksAreTaken();
        // Half admin keys, half reporter keys, all of the housing organisation linked to vaerebro-park and granted
        // feel-safe: every writer may replace every other's figure, so no refusal is expected.
        var adminKey = await TestKeys.CreateAsync(AdminClient, "gab", "admin");
        var clients = new List<HttpClient>();
        for (var w = 0; w < Writers; w++)
        {
            clients.Add(w % 2 == 0 ? Fixture.CreateClient(adminKey) : await ReporterClientAsync("gab", "feel-safe"));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            await start.Task;
            return await WriteAsync(w, clients[w]);
        })).ToArray();
        start.SetResult();
        var committed = (await Task.WhenAll(writers)).SelectMany(c => c).ToList();

        foreach (var year in Years)
        {
            var mine = committed.Where(c => c.Year == year).ToList();
            var history = await GetJsonAsync($"/api/v1/observations/history?indicator=feel-safe&area=vaerebro-park&year={year}");
            var revisions = history.GetProperty("revisions").EnumerateArray().Select(r => (
                Revision: r.GetProperty("revision").GetInt32(),
                Value: r.GetProperty("value").GetDouble(),
                ImportId: r.GetProperty("importId").GetInt64(),
                RecordedAt: r.GetProperty("recordedAt").GetDateTimeOffset())).ToList();

            // Every successful write is exactly one revision, numbered 1…n without gaps; nothing else is there.
            Assert.Equal(Enumerable.Range(1, mine.Count), revisions.Select(r => r.Revision));
            Assert.Equal(
                mine.Select(c => (c.Value, c.ImportId)).OrderBy(x => x.Value),
                revisions.Select(r => (r.Value, r.ImportId)).OrderBy(x => x.Value));

            // The revision order is one serial order: imports and times rise with it, and it keeps each writer's own order.
            Assert.Equal(revisions.Select(r => r.ImportId).Order(), revisions.Select(r => r.ImportId));
            Assert.Equal(revisions.Select(r => r.RecordedAt).Order(), revisions.Select(r => r.RecordedAt));
            var revisionOf = revisions.ToDictionary(r => r.Value, r => r.Revision);
            foreach (var writer in mine.GroupBy(c => c.Writer))
            {
                var inIssueOrder = writer.OrderBy(c => c.Step).Select(c => revisionOf[c.Value]).ToList();
                Assert.Equal(inIssueOrder.Order(), inIssueOrder);
            }

            // The figure is the last committed revision.
            await using var connection = await OpenDbAsync();
            var current = await connection.QuerySingleAsync<(double Value, long Revision)>(
                "SELECT value, revision FROM observation WHERE indicator_code = 'feel-safe' AND area_code = 'vaerebro-park' AND year = @Year",
                new { Year = year });
            Assert.Equal((revisions[^1].Value, (long)revisions[^1].Revision), current);
            Assert.Equal(mine.Count - 1, await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM observation_revision WHERE indicator_code = 'feel-safe' AND area_code = 'vaerebro-park' AND year = @Year",
                new { Year = year }));
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    /// <summary>One writer's sequence: single posts, and every third step a batch (JSON or CSV) of two figures.</summary>
    private static async Task<List<Committed>> WriteAsync(int writer, HttpClient client)
    {
        var committed = new List<Committed>();
        for (var step = 0; step < StepsPerWriter; step++)
        {
            // Unique values (one decimal, as feel-safe takes), so each revision names the write it came from.
            var id = ((writer * StepsPerWriter) + step) * 2;
            var rows = step % 3 == 2
                ? new[] { (Year: Years[(writer + step) % 3], Value: id / 5.0), (Year: Years[(writer + step + 1) % 3], Value: (id + 1) / 5.0) }
                : [(Year: Years[(writer + step) % 3], Value: id / 5.0)];
            using var response = step % 3 != 2
                ? await client.PostAsJsonAsync("/api/v1/observations", new { indicator = "feel-safe", area = "vaerebro-park", year = rows[0].Year, value = rows[0].Value })
                : writer % 2 == 0
                    ? await client.PostAsJsonAsync("/api/v1/observations/batch", rows.Select(r => new { indicator = "feel-safe", area = "vaerebro-park", year = r.Year, value = r.Value }))
                    : await client.PostAsync("/api/v1/observations/batch", new StringContent(Csv(rows), Encoding.UTF8, "text/csv"));

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"writer {writer} step {step}: {(int)response.StatusCode} {body}");
            var summary = JsonSerializer.Deserialize<JsonElement>(body);
            Assert.Equal(rows.Length, summary.GetProperty("created").GetInt32() + summary.GetProperty("updated").GetInt32());
            var importId = summary.GetProperty("importId").GetInt64();
            committed.AddRange(rows.Select(r => new Committed(writer, step, r.Year, r.Value, importId)));
        }

        return committed;
    }

    private static string Csv(IEnumerable<(int Year, double Value)> rows) =>
        "indicator,area,year,value\r\n" + string.Concat(rows.Select(r =>
            $"feel-safe,vaerebro-park,{r.Year},{r.Value.ToString(CultureInfo.InvariantCulture)}\r\n"));
}

public sealed class ConcurrentWriterSqliteTests(ConcurrentWriteFixture<SqliteTestDatabase> fixture)
    : ConcurrentWriterTests<SqliteTestDatabase>(fixture);

public sealed class ConcurrentWriterSqlServerTests(ConcurrentWriteFixture<SqlServerTestDatabase> fixture)
    : ConcurrentWriterTests<SqlServerTestDatabase>(fixture);
