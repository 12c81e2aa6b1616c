using Dapper;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

public abstract class ObservationPostTests<TDatabase>(WriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<WriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await WriteTestSupport.FigureStateAsync(connection);
    }

    [SkippableFact]
    public async Task A_reporter_posts_a_figure_for_its_own_area()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");

        using var response = await gab.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2021, value = 71.5, note = "survey" });

        var summary = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, summary.GetProperty("created").GetInt32());
        var importId = summary.GetProperty("importId").GetInt64();
        await using var connection = await OpenDbAsync();
        var row = await connection.QuerySingleAsync(
            "SELECT value, status_code, revision, organisation_code FROM observation WHERE indicator_code = 'feel-safe' AND area_code = 'vaerebro-park' AND year = 2021");
        Assert.Equal(71.5, (double)row.value);
        Assert.Equal("reported", (string)row.status_code);
        Assert.Equal(1L, (long)row.revision);
        Assert.Equal("gab", (string)row.organisation_code);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM observation WHERE import_id = @Id AND organisation_code = 'gab' AND revision = 1", new { Id = importId }));

        var page = await GetJsonAsync("/api/v1/observations?indicator=feel-safe&area=vaerebro-park&from=2021&to=2021");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(71.5, item.GetProperty("value").GetDouble());
        Assert.Equal("reported", item.GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task Without_a_valid_key_a_figure_is_refused_with_401_and_nothing_is_written()
    {
        var revokedKey = await TestKeys.CreateAsync(AdminClient, "gab");
        var id = await ScalarAsync("SELECT id FROM api_key WHERE prefix = @Prefix", new { Prefix = revokedKey.Substring(4, 16) });
        using (var revoke = await AdminClient.DeleteAsync($"/api/v1/admin/api-keys/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        using var revoked = Fixture.CreateClient(revokedKey);
        var before = await StateAsync();
        var figure = new { indicator = "feel-safe", area = "vaerebro-park", year = 2016, value = 50 };

        using var anonymous = await Client.PostFigureAsync(figure);
        using var withRevoked = await revoked.PostFigureAsync(figure);
        using var batch = await Client.PostCsvAsync("indicator,area,year,value\r\nfeel-safe,vaerebro-park,2016,50\r\n");

        foreach (var response in new[] { anonymous, withRevoked, batch })
        {
            await ProblemAsync(response, HttpStatusCode.Unauthorized);
            Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task Org_A_key_on_org_B_area_is_403_and_the_table_is_unchanged()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        var before = await StateAsync();

        using var response = await gab.PostFigureAsync(new { indicator = "feel-safe", area = "hoeje-gladsaxe", year = 2021, value = 60 });

        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal([(1, "area")], WriteTestSupport.Rows(problem));
        Assert.Equal(before, await StateAsync());
    }

    [SkippableTheory]
    [InlineData("status", "\"official\"")]
    [InlineData("organisation", "\"aab\"")]
    [InlineData("revision", "7")]
    [InlineData("id", "1")]
    [InlineData("importId", "1")]
    public async Task Fields_the_caller_may_not_set_are_refused_not_ignored(string field, string json)
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        var before = await StateAsync();
        var body = $$"""{"indicator":"feel-safe","area":"vaerebro-park","year":2020,"value":50,"{{field}}":{{json}}}""";

        using var response = await gab.PostAsync("/api/v1/observations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ErrorsFor(problem, field));
        Assert.Equal(before, await StateAsync());
    }

    [SkippableTheory]
    [InlineData("feel-safe", "vaerebro-park", 2021, 101.0, null, null, "value")]
    [InlineData("feel-safe", "vaerebro-park", 2021, 50.25, null, null, "value")]
    [InlineData("feel-safe", "vaerebro-park", 1989, 50.0, null, null, "year")]
    [InlineData("feel-safe", "vaerebro-park", 2999, 50.0, null, null, "year")]
    [InlineData("no-such-indicator", "vaerebro-park", 2021, 50.0, null, null, "indicator")]
    [InlineData("feel-safe", "vaerebro-park", 2021, 50.0, 60.0, 50.0, "numerator")]
    [InlineData("feel-safe", "vaerebro-park", 2021, 50.0, 10.0, 40.0, "value")]
    [InlineData("feel-safe", "vaerebro-park", 2021, 50.0, 10.0, null, "denominator")]
    public async Task A_figure_that_breaks_a_rule_is_422_naming_the_field(
        string indicator, string area, int year, double value, double? numerator, double? denominator, string field)
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        var before = await StateAsync();

        using var response = await gab.PostFigureAsync(new { indicator, area, year, value, numerator, denominator });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains((1, field), WriteTestSupport.Rows(problem));
        Assert.NotEmpty(ErrorsFor(problem, $"row 1.{field}"));
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task Consistent_counts_are_accepted()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");

        using var response = await gab.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2015, value = 33.3, numerator = 100, denominator = 300 });

        await response.JsonAsync(HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task History_after_two_corrections_lists_three_revisions()
    {
        using var gab = await ReporterClientAsync("gab", "youth-leisure");
        var imports = new List<long>();
        foreach (var value in new[] { 40.0, 41.5, 42.0 })
        {
            using var response = await gab.PostFigureAsync(new { indicator = "youth-leisure", area = "vaerebro-park", year = 2019, value });
            var summary = await response.JsonAsync(imports.Count == 0 ? HttpStatusCode.Created : HttpStatusCode.OK);
            imports.Add(summary.GetProperty("importId").GetInt64());
        }

        var history = await GetJsonAsync("/api/v1/observations/history?indicator=youth-leisure&area=vaerebro-park&year=2019");

        var revisions = history.GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], revisions.Select(r => r.GetProperty("revision").GetInt32()));
        Assert.Equal([40.0, 41.5, 42.0], revisions.Select(r => r.GetProperty("value").GetDouble()));
        Assert.Equal(imports, revisions.Select(r => r.GetProperty("importId").GetInt64()));
        Assert.All(revisions, r => Assert.Equal("gab", r.GetProperty("organisation").GetString()));
        Assert.All(revisions, r => Assert.False(r.GetProperty("retracted").GetBoolean()));
        var times = revisions.Select(r => r.GetProperty("recordedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);
    }

    [SkippableFact]
    public async Task The_same_figure_again_is_unchanged_and_adds_no_revision()
    {
        using var gab = await ReporterClientAsync("gab", "good-health");
        var figure = new { indicator = "good-health", area = "vaerebro-park", year = 2018, value = 60.0 };
        using (var first = await gab.PostFigureAsync(figure))
        {
            await first.JsonAsync(HttpStatusCode.Created);
        }

        using var second = await gab.PostFigureAsync(figure);

        var summary = await second.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, summary.GetProperty("unchanged").GetInt32());
        var history = await GetJsonAsync("/api/v1/observations/history?indicator=good-health&area=vaerebro-park&year=2018");
        Assert.Single(history.GetProperty("revisions").EnumerateArray());
    }

    [SkippableFact]
    public async Task A_figure_loaded_directly_keeps_its_first_value_in_history_when_corrected()
    {
        SkipUnlessAvailable();
        await Figures.InsertAsync(Fixture.DbFactory, [new Figure("convicted", "gladsaxe", 2017, 1.5, Status: "official", Source: "DST")]);

        using var response = await AdminClient.PostFigureAsync(new { indicator = "convicted", area = "gladsaxe", year = 2017, value = 1.55 });

        await response.JsonAsync(HttpStatusCode.OK);
        var history = await GetJsonAsync("/api/v1/observations/history?indicator=convicted&area=gladsaxe&year=2017");
        var revisions = history.GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal([0, 1], revisions.Select(r => r.GetProperty("revision").GetInt32()));
        Assert.Equal("official", revisions[0].GetProperty("status").GetString());
        Assert.Equal(1.5, revisions[0].GetProperty("value").GetDouble());
        Assert.Equal("gladsaxe-kommune", revisions[1].GetProperty("organisation").GetString());
    }

    [SkippableFact]
    public async Task A_retraction_is_a_revision_and_reads_leave_the_figure_out()
    {
        using var gab = await ReporterClientAsync("gab", "association-members");
        using var aab = await ReporterClientAsync("aab");
        using (var posted = await gab.PostFigureAsync(new { indicator = "association-members", area = "vaerebro-park", year = 2021, value = 55.0 }))
        {
            await posted.JsonAsync(HttpStatusCode.Created);
        }

        const string key = "?indicator=association-members&area=vaerebro-park&year=2021";
        var before = await StateAsync();
        using (var refused = await aab.DeleteAsync("/api/v1/observations" + key))
        {
            await ProblemAsync(refused, HttpStatusCode.Forbidden);
        }

        Assert.Equal(before, await StateAsync());
        using (var retracted = await gab.DeleteAsync("/api/v1/observations" + key))
        {
            Assert.Equal(HttpStatusCode.NoContent, retracted.StatusCode);
        }

        var page = await GetJsonAsync("/api/v1/observations?indicator=association-members&area=vaerebro-park");
        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
        var history = await GetJsonAsync("/api/v1/observations/history" + key);
        var last = history.GetProperty("revisions").EnumerateArray().Last();
        Assert.True(last.GetProperty("retracted").GetBoolean());
        Assert.Equal(2, last.GetProperty("revision").GetInt32());

        using var again = await gab.DeleteAsync("/api/v1/observations" + key);
        await ProblemAsync(again, HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task History_of_a_figure_never_posted_is_404()
    {
        await GetProblemAsync("/api/v1/observations/history?indicator=feel-safe&area=denmark&year=1995", HttpStatusCode.NotFound);
    }
}

public sealed class ObservationPostSqliteTests(WriteFixture<SqliteTestDatabase> fixture)
    : ObservationPostTests<SqliteTestDatabase>(fixture);

public sealed class ObservationPostSqlServerTests(WriteFixture<SqlServerTestDatabase> fixture)
    : ObservationPostTests<SqlServerTestDatabase>(fixture);
