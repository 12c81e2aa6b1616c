using System.Globalization;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

public abstract class AsOfAndSyncTests<TDatabase>(WriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<WriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string Filter = "indicator=association-members&area=vaerebro-park";

    private static string Stamp(DateTimeOffset time) =>
        Uri.EscapeDataString(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));

    private static async Task<DateTimeOffset> AfterAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(expected == response.StatusCode, await response.Content.ReadAsStringAsync());
        await Task.Delay(30);
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(30);
        return now;
    }

    private async Task<List<(int Year, double Value, bool Retracted)>> FiguresAsync(string query)
    {
        var page = await GetJsonAsync($"/api/v1/observations?{Filter}&{query}");
        return page.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("year").GetInt32(), i.GetProperty("value").GetDouble(), i.GetProperty("retracted").GetBoolean()))
            .ToList();
    }

    [SkippableFact]
    public async Task AsOf_answers_each_figure_as_it_stood_and_updatedSince_flags_retractions()
    {
        SkipUnlessAvailable();
        await Figures.InsertAsync(Fixture.DbFactory, [new Figure("association-members", "vaerebro-park", 2015, 20.0, Status: "official")]);
        using var gab = await ReporterClientAsync("gab", "association-members");
        var start = DateTimeOffset.UtcNow;
        await Task.Delay(30);

        var t1 = await AfterAsync(await gab.PostFigureAsync(new { indicator = "association-members", area = "vaerebro-park", year = 2020, value = 10.0 }), HttpStatusCode.Created);
        var t2 = await AfterAsync(await gab.PostFigureAsync(new { indicator = "association-members", area = "vaerebro-park", year = 2020, value = 12.5 }), HttpStatusCode.OK);
        // The figure loaded from its source is corrected by an admin key: it is no reporter's to replace.
        var t3 = await AfterAsync(await AdminClient.PostFigureAsync(new { indicator = "association-members", area = "vaerebro-park", year = 2015, value = 21.0 }), HttpStatusCode.OK);
        var t4 = await AfterAsync(await gab.DeleteAsync($"/api/v1/observations?{Filter}&year=2020"), HttpStatusCode.NoContent);

        Assert.Equal([(2015, 20.0, false)], await FiguresAsync($"asOf={Stamp(start)}"));
        Assert.Equal([(2015, 20.0, false), (2020, 10.0, false)], await FiguresAsync($"asOf={Stamp(t1)}"));
        Assert.Equal([(2015, 20.0, false), (2020, 12.5, false)], await FiguresAsync($"asOf={Stamp(t2)}"));
        Assert.Equal([(2015, 21.0, false), (2020, 12.5, false)], await FiguresAsync($"asOf={Stamp(t3)}"));
        Assert.Equal([(2015, 21.0, false)], await FiguresAsync($"asOf={Stamp(t4)}"));
        Assert.Equal([(2015, 21.0, false)], await FiguresAsync("page=1"));
        Assert.Empty(await FiguresAsync($"asOf={Stamp(Figures.ArrangedAt.AddDays(-1))}"));

        Assert.Equal([(2015, 21.0, false), (2020, 12.5, true)], await FiguresAsync($"updatedSince={Stamp(t2)}"));
        Assert.Equal([(2020, 12.5, true)], await FiguresAsync($"updatedSince={Stamp(t3)}"));
        Assert.Empty(await FiguresAsync($"updatedSince={Stamp(t4)}"));
    }

    [SkippableFact]
    public async Task AsOf_and_updatedSince_together_or_malformed_are_400()
    {
        var both = await GetProblemAsync("/api/v1/observations?asOf=2025-01-01T00:00:00Z&updatedSince=2024-01-01T00:00:00Z", HttpStatusCode.BadRequest);
        var bad = await GetProblemAsync("/api/v1/observations?asOf=yesterday", HttpStatusCode.BadRequest);

        Assert.NotEmpty(ErrorsFor(both, "updatedSince"));
        Assert.NotEmpty(ErrorsFor(bad, "asOf"));
    }

    [SkippableFact]
    public async Task AsOf_and_updatedSince_answer_as_csv_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/observations?updatedSince=2000-01-01T00:00:00Z");
        request.Headers.Add("Accept", "text/csv");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("last_updated,retracted", (await response.Content.ReadAsStringAsync()).Split("\r\n")[0], StringComparison.Ordinal);
    }
}

public sealed class AsOfAndSyncSqliteTests(WriteFixture<SqliteTestDatabase> fixture)
    : AsOfAndSyncTests<SqliteTestDatabase>(fixture);

public sealed class AsOfAndSyncSqlServerTests(WriteFixture<SqlServerTestDatabase> fixture)
    : AsOfAndSyncTests<SqlServerTestDatabase>(fixture);
