using System.Text;
using Dapper;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

public abstract class ObservationBatchTests<TDatabase>(WriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<WriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static readonly string[] Indicators =
    [
        "outside-work-education", "primary-school-only", "gross-income", "convicted", "feel-safe", "good-health", "voter-turnout",
        "association-members", "daycare-mix", "youth-leisure", "outside-visitors", "positive-image", "new-tenants-working", "non-western", "residents",
    ];

    private async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await WriteTestSupport.FigureStateAsync(connection);
    }

    /// <summary>10,000 distinct figures over the 20 test areas; line 2 is the first row (line 1 is the header).</summary>
    private static StringBuilder TenThousandRows(Func<int, string?>? lineOverride = null)
    {
        var csv = new StringBuilder("indicator,area,year,value\r\n");
        var n = 0;
        foreach (var area in Enumerable.Range(1, WriteFixture<TDatabase>.ExtraAreas).Select(WriteFixture<TDatabase>.AreaCode))
        {
            foreach (var indicator in Indicators)
            {
                foreach (var year in Enumerable.Range(1990, 37))
                {
                    if (n == 10_000)
                    {
                        return csv;
                    }

                    var line = n + 2;
                    csv.Append(lineOverride?.Invoke(line) ?? $"{indicator},{area},{year},{(n % 90) + 5}").Append("\r\n");
                    n++;
                }
            }
        }

        return csv;
    }

    [SkippableFact]
    public async Task A_batch_with_one_bad_row_in_10000_writes_nothing_and_names_the_line()
    {
        var before = await StateAsync();
        var csv = TenThousandRows(line => line == 7777 ? "feel-safe,test-area-01,1990,150" : null).ToString();

        using var response = await AdminClient.PostCsvAsync(csv);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains((7777, "value"), WriteTestSupport.Rows(problem));
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task A_good_batch_of_10000_is_written_in_one_import_and_a_dry_run_writes_nothing()
    {
        var csv = TenThousandRows().ToString();
        var before = await StateAsync();

        using (var dry = await AdminClient.PostCsvAsync(csv, "?dryRun=true"))
        {
            var summary = await dry.JsonAsync(HttpStatusCode.OK);
            Assert.True(summary.GetProperty("dryRun").GetBoolean());
            Assert.Equal(JsonValueKind.Null, summary.GetProperty("importId").ValueKind);
            Assert.Equal(10_000, summary.GetProperty("received").GetInt32());
        }

        Assert.Equal(before, await StateAsync());

        using var response = await AdminClient.PostCsvAsync(csv);

        var written = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(10_000, written.GetProperty("received").GetInt32());
        var importId = written.GetProperty("importId").GetInt64();
        Assert.Equal(10_000, await ScalarAsync("SELECT COUNT(*) FROM observation WHERE import_id = @Id", new { Id = importId }));

        using var again = await AdminClient.PostCsvAsync(csv);
        var repeat = await again.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(10_000, repeat.GetProperty("unchanged").GetInt32());
    }

    [SkippableFact]
    public async Task Csv_with_quotes_line_breaks_and_LF_endings_reports_created_updated_unchanged()
    {
        using var gab = await ReporterClientAsync("gab", "daycare-mix");
        const string first = "area,indicator,year,value,note\n" +
                             "vaerebro-park,daycare-mix,2016,40.5,\"plain\"\n" +
                             "vaerebro-park,daycare-mix,2017,41,\"a note, with a comma\nand a second line\"\n";
        using (var created = await gab.PostCsvAsync(first))
        {
            var summary = await created.JsonAsync(HttpStatusCode.OK);
            Assert.Equal(2, summary.GetProperty("created").GetInt32());
        }

        const string second = "indicator,area,year,value,note\r\n" +
                              "daycare-mix,vaerebro-park,2016,40.5,plain\r\n" +
                              "daycare-mix,vaerebro-park,2017,42,\"say \"\"hi\"\"\"\r\n" +
                              "daycare-mix,vaerebro-park,2018,43,";
        using var response = await gab.PostCsvAsync(second);

        var result = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()));
        await using var connection = await OpenDbAsync();
        Assert.Equal("say \"hi\"", await connection.ExecuteScalarAsync<string>(
            "SELECT note FROM observation WHERE indicator_code = 'daycare-mix' AND area_code = 'vaerebro-park' AND year = 2017"));
    }

    [SkippableFact]
    public async Task Every_bad_row_is_listed_with_its_csv_line_number()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        var before = await StateAsync();
        const string csv = "indicator,area,year,value\r\n" +
                           "feel-safe,vaerebro-park,2010,50\r\n" +      // line 2: fine
                           "feel-safe,vaerebro-park,abc,50\r\n" +       // line 3: year not a number
                           "\"feel-safe\",\"vaerebro-park\",2011,\"x\"\r\n" + // line 4: value not a number
                           "feel-safe,vaerebro-park,2010,51\r\n" +      // line 5: duplicate of line 2
                           "nope,vaerebro-park,2012,50\r\n";            // line 6: unknown indicator

        using var response = await gab.PostCsvAsync(csv);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([(3, "year"), (4, "value"), (5, "year"), (6, "indicator")], WriteTestSupport.Rows(problem));
        Assert.Equal(4, problem.GetProperty("totalErrors").GetInt32());
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task A_line_number_after_a_multi_line_note_is_the_line_the_row_starts_on()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        const string csv = "indicator,area,year,value,note\n" +
                           "feel-safe,vaerebro-park,2011,50,\"first\nsecond\nthird\"\n" + // lines 2-4
                           "feel-safe,vaerebro-park,2012,500,\n";                           // line 5: out of range

        using var response = await gab.PostCsvAsync(csv);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([(5, "value")], WriteTestSupport.Rows(problem));
    }

    [SkippableFact]
    public async Task A_json_batch_names_array_positions()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        var rows = new object[]
        {
            new { indicator = "feel-safe", area = "vaerebro-park", year = 2013, value = 50.0 },
            new { indicator = "feel-safe", area = "vaerebro-park", year = 2014, value = 50.0, numerator = 1.0 },
        };

        using var response = await gab.PostAsJsonAsync("/api/v1/observations/batch", rows);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([(2, "denominator")], WriteTestSupport.Rows(problem));
    }

    [SkippableFact]
    public async Task A_batch_touching_another_organisations_area_is_403_and_writes_nothing()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        var before = await StateAsync();
        var rows = new[]
        {
            new { indicator = "feel-safe", area = "vaerebro-park", year = 2005, value = 50.0 },
            new { indicator = "feel-safe", area = "moerkhoej", year = 2005, value = 50.0 },
        };

        using var response = await gab.PostAsJsonAsync("/api/v1/observations/batch", rows);

        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal([(2, "area")], WriteTestSupport.Rows(problem));
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task Create_only_refuses_an_existing_figure_with_409_and_writes_nothing()
    {
        using var gab = await ReporterClientAsync("gab", "positive-image");
        using (var seed = await gab.PostFigureAsync(new { indicator = "positive-image", area = "vaerebro-park", year = 2020, value = 30.0 }))
        {
            await seed.JsonAsync(HttpStatusCode.Created);
        }

        var before = await StateAsync();
        var rows = new[]
        {
            new { indicator = "positive-image", area = "vaerebro-park", year = 2021, value = 31.0 },
            new { indicator = "positive-image", area = "vaerebro-park", year = 2020, value = 32.0 },
        };

        using var response = await gab.PostAsJsonAsync("/api/v1/observations/batch?mode=create-only", rows);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal([(2, "year")], WriteTestSupport.Rows(problem));
        Assert.Equal(before, await StateAsync());
    }

    [SkippableTheory]
    [InlineData("indicator,area,year,value,organisation\r\nfeel-safe,vaerebro-park,2020,50,gab\r\n", "organisation")]
    [InlineData("indicator,area,year,value,status\r\nfeel-safe,vaerebro-park,2020,50,official\r\n", "status")]
    [InlineData("indicator,area,year\r\nfeel-safe,vaerebro-park,2020\r\n", "value")]
    public async Task Csv_columns_that_are_unknown_or_missing_are_refused(string csv, string field)
    {
        var before = await StateAsync();

        using var response = await AdminClient.PostCsvAsync(csv);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ErrorsFor(problem, field));
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task Json_elements_with_fields_the_caller_may_not_set_are_refused()
    {
        var before = await StateAsync();
        const string json = """[{"indicator":"feel-safe","area":"vaerebro-park","year":2020,"value":50,"status":"official"}]""";

        using var response = await AdminClient.PostAsync("/api/v1/observations/batch", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.Contains("status", StringComparison.Ordinal));
        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task An_unknown_mode_or_query_parameter_is_400()
    {
        using var mode = await AdminClient.PostCsvAsync("indicator,area,year,value\r\n", "?mode=replace");
        using var unknown = await AdminClient.PostCsvAsync("indicator,area,year,value\r\n", "?dryrun=true&force=true");

        Assert.NotEmpty(ErrorsFor(await ProblemAsync(mode, HttpStatusCode.BadRequest), "mode"));
        Assert.NotEmpty(ErrorsFor(await ProblemAsync(unknown, HttpStatusCode.BadRequest), "force"));
    }
}

public sealed class ObservationBatchSqliteTests(WriteFixture<SqliteTestDatabase> fixture)
    : ObservationBatchTests<SqliteTestDatabase>(fixture);

public sealed class ObservationBatchSqlServerTests(WriteFixture<SqlServerTestDatabase> fixture)
    : ObservationBatchTests<SqlServerTestDatabase>(fixture);
