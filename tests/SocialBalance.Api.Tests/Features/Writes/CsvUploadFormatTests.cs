using System.Text;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>
/// What a CSV batch that is not well-formed answers, word for word: the line a quoting fault is on (counting the
/// line breaks inside quoted notes before it), rows with too many or too few fields, empty lines, line ends of every
/// kind, header faults, the row limit. Nothing is written on any of them.
/// </summary>
public abstract class CsvUploadFormatTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string Columns = "indicator, area, year, value, numerator, denominator, note";

    private async Task<JsonElement> RefusedAsync(string csv, HttpStatusCode status)
    {
        var before = await ScalarAsync("SELECT COUNT(*) FROM observation");
        using var response = await AdminClient.PostCsvAsync(csv);
        var problem = await ProblemAsync(response, status);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM observation"));
        return problem;
    }

    private async Task<(string Key, string Reason)> BodyErrorAsync(string csv)
    {
        var problem = await RefusedAsync(csv, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        return (error.Name, Assert.Single(error.Value.EnumerateArray()).GetString()!);
    }

    public static TheoryData<string, string, string> Malformed() => new()
    {
        {
            "indicator,area,year,value,note\r\nfeel-safe,vaerebro-park,2020,50,\"open\r\nstill open\r\n",
            "line 2", "Line 2: a quoted field is not closed."
        },
        {
            "indicator,area,year,value,note\r\nfeel-safe,vaerebro-park,2020,50,\"one\r\ntwo\nthree\"\r\nfeel-safe,vaerebro-park,\"2021,50,x\r\n",
            "line 5", "Line 5: a quoted field is not closed."
        },
        {
            "indicator,area,year,value,note\r\nfeel-safe,vaerebro-park,2020,50,\"a\nb\"\r\nfeel-safe,vaerebro-park,20\"21,50,\r\n",
            "line 4", "Line 4: a quote inside an unquoted field; quote the whole field and double the quote."
        },
        {
            "indicator,area,year,value,note\nfeel-safe,vaerebro-park,2020,50, \"spaced\"\n",
            "line 2", "Line 2: a quote inside an unquoted field; quote the whole field and double the quote."
        },
        {
            "indicator,area,year,value,note\r\nfeel-safe,vaerebro-park,2020,50,\"first\r\nsecond\"x\r\n",
            "line 3", "Line 3: text after a closing quote; a quoted field must end at a comma or line end."
        },
        {
            "indicator,area,year,value,note\r\nfeel-safe,vaerebro-park,2020,50,\"closed\" \r\n",
            "line 2", "Line 2: text after a closing quote; a quoted field must end at a comma or line end."
        },
        {
            "indicator,\"area\"x,year,value\r\n",
            "line 1", "Line 1: text after a closing quote; a quoted field must end at a comma or line end."
        },
        {
            // Inside quotes only a line feed counts as a line: the lone CR of "a\rb" does not.
            "indicator,area,year,value,note\r\nfeel-safe,vaerebro-park,2020,50,\"a\rb\"\r\nfeel-safe,vaerebro-park,2021,50,x\"y\r\n",
            "line 3", "Line 3: a quote inside an unquoted field; quote the whole field and double the quote."
        },
        {
            // Outside quotes CR, LF and CRLF each end a line.
            "indicator,area,year,value\rfeel-safe,vaerebro-park,2020,50\n\r\nfeel-safe,vaerebro-park,2021,5\"0\r\n",
            "line 4", "Line 4: a quote inside an unquoted field; quote the whole field and double the quote."
        },
    };

    [SkippableTheory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_quoting_is_a_400_naming_the_line(string csv, string key, string reason) =>
        Assert.Equal((key, reason), await BodyErrorAsync(csv));

    public static TheoryData<string, string, string> BadHeaders() => new()
    {
        { "indicator,area,year,value,\r\nfeel-safe,vaerebro-park,2020,50,\r\n", "column 5", $"Column 5 of the header has no name. The columns are {Columns}." },
        {
            "indicator,area,year,value,organisation\r\nfeel-safe,vaerebro-park,2020,50,gab\r\n", "organisation",
            $"Unknown column 'organisation' in the header. The columns are {Columns}; organisation, status and ids are set by the server."
        },
        { "indicator,area,year,value,Year\r\n", "year", "The column 'year' appears twice in the header." },
        { "area,indicator\r\n", "year", "The header lacks the column(s) year, value." },
        { "", "body", "The CSV is empty; it needs a header line: indicator,area,year,value[,numerator,denominator,note]." },
        { "\r\n\n\r", "body", "The CSV is empty; it needs a header line: indicator,area,year,value[,numerator,denominator,note]." },
        { "indicator,area,year,value\r\n", "body", "The batch holds no rows." },
        { "indicator,area,year,value\r\n\r\n\r\n", "body", "The batch holds no rows." },
    };

    [SkippableTheory]
    [MemberData(nameof(BadHeaders))]
    public async Task A_header_fault_or_an_empty_body_is_a_400_naming_it(string csv, string key, string reason) =>
        Assert.Equal((key, reason), await BodyErrorAsync(csv));

    [SkippableFact]
    public async Task Rows_with_too_many_or_too_few_fields_are_named_by_their_line()
    {
        const string csv = "indicator,area,year,value\r\n" +
                           "feel-safe,vaerebro-park,2020,50,extra\r\n" + // line 2
                           "\r\n" +                                      // line 3: empty, skipped
                           "feel-safe,vaerebro-park,2021\r\n" +          // line 4
                           "feel-safe,\"vaerebro\npark\",2022,50,\r\n" +  // lines 5-6
                           " \r\n";                                      // line 7: a space is a field, not an empty line

        var problem = await RefusedAsync(csv, HttpStatusCode.UnprocessableEntity);

        Assert.Equal([(2, "row"), (4, "row"), (5, "row"), (7, "row")], WriteTestSupport.Rows(problem));
        Assert.Equal(["The row has 5 fields; the header has 4."], ErrorsFor(problem, "row 2.row"));
        Assert.Equal(["The row has 3 fields; the header has 4."], ErrorsFor(problem, "row 4.row"));
        Assert.Equal(["The row has 5 fields; the header has 4."], ErrorsFor(problem, "row 5.row"));
        Assert.Equal(["The row has 1 fields; the header has 4."], ErrorsFor(problem, "row 7.row"));
    }

    [SkippableFact]
    public async Task Empty_lines_before_the_header_and_between_rows_are_skipped_but_counted()
    {
        const string csv = "\r\n\n" +                                   // lines 1-2
                           " Indicator ,AREA,year,value\r\n" +         // line 3: names are trimmed and case-blind
                           "\r\n" +                                    // line 4
                           "feel-safe,vaerebro-park,1991,50\r" +       // line 5, CR alone ends it
                           "feel-safe,vaerebro-park, 1992,50\n" +      // line 6: fields are not trimmed
                           "feel-safe,vaerebro-park,1993,\"x\"\"\"\n" + // line 7
                           "\n";

        var problem = await RefusedAsync(csv, HttpStatusCode.UnprocessableEntity);

        Assert.Equal([(6, "year"), (7, "value")], WriteTestSupport.Rows(problem));
        Assert.Equal(["' 1992' is not a whole year."], ErrorsFor(problem, "row 6.year"));
        Assert.Equal(["'x\"' is not a number (use a point as the decimal separator)."], ErrorsFor(problem, "row 7.value"));
    }

    [SkippableFact]
    public async Task Quoted_fields_with_every_kind_of_line_break_arrive_intact()
    {
        const string note = "one, \"two\"\r\nthree\nfour\rfive";
        var csv = "indicator,area,year,value,note\n" +
                  $"feel-safe,vaerebro-park,1994,\"50.5\",\"{note.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n" +
                  "\"feel-safe\",vaerebro-park,1995,51,\"\"";

        using var response = await AdminClient.PostCsvAsync(csv);

        Assert.Equal(2, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("created").GetInt32());
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM observation WHERE indicator_code = 'feel-safe' AND area_code = 'vaerebro-park' AND year = 1994 AND value = 50.5 AND note = @Note", new { Note = note }));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM observation WHERE indicator_code = 'feel-safe' AND area_code = 'vaerebro-park' AND year = 1995 AND note IS NULL"));
    }

    [SkippableFact]
    public async Task A_batch_over_100000_rows_is_refused_whole()
    {
        var csv = new StringBuilder("indicator,area,year,value\r\n", 3_500_000);
        for (var i = 0; i <= 100_000; i++)
        {
            csv.Append("feel-safe,vaerebro-park,2020,50\r\n");
        }

        Assert.Equal(("body", "A batch holds at most 100000 rows; split the upload."), await BodyErrorAsync(csv.ToString()));
    }
}

public sealed class CsvUploadFormatSqliteTests(ApiFixture<SqliteTestDatabase> fixture) : CsvUploadFormatTests<SqliteTestDatabase>(fixture);

public sealed class CsvUploadFormatSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : CsvUploadFormatTests<SqlServerTestDatabase>(fixture);
