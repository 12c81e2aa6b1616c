using System.Net.Http.Headers;
using System.Text;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>
/// An upload's charset is honoured (UTF-8 with or without BOM, ISO-8859-1 and Windows-1252 transcoded, æøå
/// intact) or refused with a 415 naming the charset; bytes that are not valid in the declared encoding are a 422
/// naming the line, never a replacement character stored. The notes are read back from the database.
/// </summary>
public abstract class UploadEncodingTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string Danish = "Tryghed i Værebro: æøå ÆØÅ";

    static UploadEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Csv(int year, string note, Encoding encoding, bool bom = false) =>
        [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes($"indicator,area,year,value,note\r\nfeel-safe,moerkhoej,{year},80.5,{note}\r\n")];

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body, string mediaType, string? charset)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = charset };
        return await AdminClient.PostAsync(path, content);
    }

    private Task<long> NotesAsync(int year, string note) =>
        ScalarAsync("SELECT COUNT(*) FROM observation WHERE indicator_code = 'feel-safe' AND area_code = 'moerkhoej' AND year = @Year AND note = @Note",
            new { Year = year, Note = note });

    public static TheoryData<int, string?, string, bool> Readable() => new()
    {
        { 2001, null, "utf-8", false },
        { 2002, "utf-8", "utf-8", true },
        { 2003, "iso-8859-1", "iso-8859-1", false },
        { 2004, "windows-1252", "windows-1252", false },
        { 2005, "UTF-8", "utf-8", true },
    };

    [SkippableTheory]
    [MemberData(nameof(Readable))]
    public async Task A_csv_in_a_declared_charset_arrives_intact(int year, string? charset, string encodingName, bool bom)
    {
        var note = encodingName == "windows-1252" ? Danish + " – 5 €" : Danish;

        using var response = await PostAsync("/api/v1/observations/batch", Csv(year, note, Encoding.GetEncoding(encodingName), bom), "text/csv", charset);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(1, await NotesAsync(year, note));
    }

    [SkippableTheory]
    [InlineData("/api/v1/observations/batch", 2006)]
    [InlineData("/api/v1/observations", 2010)]
    public async Task Json_in_iso_8859_1_arrives_intact(string path, int year)
    {
        var figure = $$"""{"indicator":"feel-safe","area":"moerkhoej","year":{{year}},"value":80.5,"note":"{{Danish}}"}""";
        var json = path.EndsWith("batch", StringComparison.Ordinal) ? $"[{figure}]" : figure;

        using var response = await PostAsync(path, Encoding.Latin1.GetBytes(json), "application/json", "iso-8859-1");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(1, await NotesAsync(year, Danish));
    }

    [SkippableTheory]
    [InlineData("text/csv", null)]
    [InlineData("text/csv", "utf-8")]
    [InlineData("application/json", null)]
    public async Task Bytes_that_are_not_valid_utf_8_are_a_422_naming_the_row_and_nothing_is_written(string mediaType, string? charset)
    {
        var before = await ScalarAsync("SELECT COUNT(*) FROM observation");
        var body = mediaType == "text/csv"
            ? [.. Encoding.UTF8.GetBytes("indicator,area,year,value,note\nfeel-safe,moerkhoej,2007,80.5,fine\n"), .. Csv(2008, Danish, Encoding.Latin1)[32..]]
            : Encoding.Latin1.GetBytes($$"""[{"indicator":"feel-safe","area":"moerkhoej","year":2007,"value":80.5,"note":"fine"},{"indicator":"feel-safe","area":"moerkhoej","year":2008,"value":80.5,"note":"{{Danish}}"}]""");

        using var response = await PostAsync("/api/v1/observations/batch", body, mediaType, charset);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var key = mediaType == "text/csv" ? "row 3.note" : "row 2.note";
        Assert.Contains("not valid UTF-8", Assert.Single(ErrorsFor(problem, key)), StringComparison.Ordinal);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM observation"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM observation WHERE note LIKE @Marker", new { Marker = "%\uFFFD%" }));
    }

    [SkippableTheory]
    [InlineData("/api/v1/observations/batch", "text/csv")]
    [InlineData("/api/v1/observations/batch", "application/json")]
    [InlineData("/api/v1/observations", "application/json")]
    public async Task An_unsupported_charset_is_a_415_naming_it(string path, string mediaType)
    {
        var before = await ScalarAsync("SELECT COUNT(*) FROM observation");
        var body = mediaType == "text/csv"
            ? Csv(2009, "x", Encoding.ASCII)
            : Encoding.ASCII.GetBytes("""{"indicator":"feel-safe","area":"moerkhoej","year":2009,"value":80.5}""");

        using var response = await PostAsync(path, body, mediaType, "koi8-r");

        var reason = Assert.Single(ErrorsFor(await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType), "charset"));
        Assert.Contains("'koi8-r'", reason, StringComparison.Ordinal);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM observation"));
    }
}

public sealed class UploadEncodingSqliteTests(ApiFixture<SqliteTestDatabase> fixture) : UploadEncodingTests<SqliteTestDatabase>(fixture);

public sealed class UploadEncodingSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : UploadEncodingTests<SqlServerTestDatabase>(fixture);
