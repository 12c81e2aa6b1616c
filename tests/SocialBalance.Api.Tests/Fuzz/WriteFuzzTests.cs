using System.Text;
using CsCheck;
using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Fuzz;

/// <summary>Two extra housing areas to post figures for, and a write budget the fuzzing never reaches (429 would hide the answers).</summary>
public sealed class WriteFuzzFixture : ApiFixture<SqliteTestDatabase>
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Limits:WritesPerMinute"] = "1000000",
    };

    protected override async Task ArrangeAsync(DbConnectionFactory db)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        foreach (var code in new[] { "test-area-01", "test-area-02" })
        {
            await connection.ExecuteAsync(
                "INSERT INTO area (code, name_da, name_en, kind_code, parent_code, sort_order) VALUES (@Code, @Code, @Code, 'housing-area', 'gladsaxe', 100)",
                new { Code = code });
        }
    }
}

/// <summary>
/// Generated and malformed bodies, content types and query strings against the figure writes and two admin
/// endpoints: never a 5xx; every refusal an RFC 9457 problem; where the body or query is at fault (400, 422)
/// the problem names a field or a row; and a refused request (or a dry run) never writes anything.
/// </summary>
public sealed class WriteFuzzTests(WriteFuzzFixture fixture) : IClassFixture<WriteFuzzFixture>
{
    private static readonly string[] Targets =
    [
        "POST /api/v1/observations", "POST /api/v1/observations/batch", "POST /api/v1/observations/batch",
        "POST /api/v1/admin/areas", "PUT /api/v1/admin/areas/test-area-01",
    ];

    private static readonly Gen<string> Query = OneOf(
        "", "", "?dryRun=true", "?dryRun=maybe", "?mode=x", "?mode=create-only", "?mode=upsert", "?dryRun=", "?dryRun=true&dryRun=false",
        "?mode=create-only&dryRun=1", "?dryRun=TRUE", "?mode=%00", "?mode=" + new string('m', 3000), "?x=1");

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (1, Gen.Const((string?)null)),
        (4, OneOf("application/json", "application/json; charset=utf-8").Select(s => (string?)s)),
        (4, OneOf("text/csv", "text/csv; charset=utf-8").Select(s => (string?)s)),
        (3, OneOf("text/plain", "application/xml", "application/json; charset=latin1",
            "text/csv; charset=utf-16", "multipart/form-data; boundary=x", "application/merge-patch+json", "text/csv; header=absent",
            "application/x-www-form-urlencoded", "TEXT/CSV", "application/problem+json").Select(s => (string?)s)));

    private static readonly Gen<string> Area = OneOf("test-area-01", "test-area-02", "vaerebro-park", "nowhere", "", "TEST-AREA-01", "test-area-01 ");
    private static readonly Gen<string> Indicator = OneOf("feel-safe", "convicted", "gross-income", "residents", "unknown", "", "Feel-Safe");

    /// <summary>A JSON value of any kind, malformed ones included.</summary>
    private static readonly Gen<string> JsonScalar = Gen.OneOf(
        OneOf("null", "true", "false", "0", "-1", "2020", "2020.5", "50", "50.25", "1e3", "1e308", "1e309", "-1e400", "99999999999999999999999",
            "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"2020\"", "\"50\"", "\"\"", "[]", "{}", "[1,2]", "NaN", "01", "+1", "0x10", "\"\\ud800\""),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => JsonSerializer.Serialize(double.IsFinite(d) ? d : 0)),
        Gen.String[Gen.Char, 0, 20].Select(s => JsonSerializer.Serialize(s)));

    private static readonly string[] Fields = ["indicator", "area", "year", "value", "numerator", "denominator", "note", "organisation", "status", "revision", "Indicator", "YEAR", ""];

    /// <summary>A figure object: mostly valid, then bent (fields dropped, renamed, duplicated, retyped).</summary>
    private static readonly Gen<string> FigureObject = Gen.Select(
        Indicator, Area, Gen.Int[1985, 2030], Gen.Int[0, 1000],
        Gen.Frequency((3, Gen.Const(Array.Empty<(string, string)>())), (2, Gen.Select(OneOf(Fields), JsonScalar).Array[1, 3])),
        Gen.Frequency((3, Gen.Const(Array.Empty<int>())), (1, Gen.Int[0, 4].Array[1, 2])))
        .Select((indicator, area, year, tenths, extra, drops) =>
        {
            var fields = new List<string>
            {
                $"\"indicator\":{JsonSerializer.Serialize(indicator)}",
                $"\"area\":{JsonSerializer.Serialize(area)}",
                $"\"year\":{year}",
                $"\"value\":{(tenths / 10.0).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            };
            foreach (var drop in drops.Distinct().OrderDescending().Where(d => d < fields.Count))
            {
                fields.RemoveAt(drop);
            }

            fields.AddRange(extra.Select(e => $"{JsonSerializer.Serialize(e.Item1)}:{e.Item2}"));
            return "{" + string.Join(",", fields) + "}";
        });

    private static readonly Gen<string> AreaObject = Gen.Select(
        OneOf("fuzz-area", "Fuzz Area", "", "test-area-01", "a", new string('a', 300)), OneOf("housing-area", "region", "nonsense", ""),
        OneOf("\"gladsaxe\"", "null", "\"nowhere\"", "\"test-area-01\"", "5"),
        Gen.Frequency((3, Gen.Const(Array.Empty<(string, string)>())), (1, Gen.Select(OneOf(Fields), JsonScalar).Array[1, 2])), Gen.Int[0, 9999])
        .Select((code, kind, parent, extra, n) =>
            "{" + string.Join(",", new[]
            {
                $"\"code\":{JsonSerializer.Serialize(code.Length > 0 && code.Length < 50 && code.All(c => c is >= 'a' and <= 'z' or '-') ? $"{code}-{n}" : code)}",
                "\"name\":{\"da\":\"Fuzz\",\"en\":\"Fuzz\"}",
                $"\"kind\":{JsonSerializer.Serialize(kind)}",
                $"\"parent\":{parent}",
                "\"sortOrder\":1",
            }.Concat(extra.Select(e => $"{JsonSerializer.Serialize(e.Item1)}:{e.Item2}"))) + "}");

    private static readonly Gen<string> JsonBody = Gen.Frequency(
        (4, FigureObject),
        (4, FigureObject.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
        (2, AreaObject),
        (2, JsonScalar),
        (1, Gen.Int[1, 3000].Select(depth => new string('[', depth) + new string(']', depth))),
        (1, Gen.Int[1, 3000].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))),
        (1, FigureObject.Select(o => o[..(o.Length / 2)])),
        (1, FigureObject.Select(o => "[" + o + "," + o + "]")),
        (1, OneOf("", " ", "[", "]", "[null]", "[1]", "[[]]", "{\"indicator\":\"feel-safe\",\"indicator\":\"convicted\",\"area\":\"test-area-01\",\"year\":2020,\"value\":1}", "\uFEFF[]", "[] []", "{} {}")));

    private static readonly Gen<string> CsvHeader = Gen.Frequency(
        (6, Gen.Const("indicator,area,year,value")),
        (2, Gen.Const("indicator,area,year,value,numerator,denominator,note")),
        (4, OneOf("indicator,area,year", "area,indicator,value,year", "indicator,area,year,value,extra", "indicator,area,year,value,value",
            "Indicator,Area,Year,Value", "\"indicator\",area,year,value", "indicator;area;year;value", "", "indicator,area,year,value,")));

    private static readonly Gen<string> CsvField = Gen.OneOf(
        Indicator, Area, OneOf("2020", "2021", "1989", "2031", "20x0", "", "50", "50.5", "50,5", "-1", "1e3", "NaN", "101", "\"50\"", "\"a\"\"b\"",
            "\"unterminated", "a\"b", "\"x\"y", "\"\r\n\"", " 50 ", "\u00e6\u00f8\u00e5"),
        Gen.String[Gen.Char["abc,\"\r\n 01.-"], 0, 8]);

    private static readonly Gen<string> CsvRow = Gen.Frequency(
        (6, Gen.Select(Indicator, Area, Gen.Int[1988, 2028], Gen.Int[0, 1000])
            .Select((i, a, y, t) => $"{i},{a},{y},{(t / 10.0).ToString(System.Globalization.CultureInfo.InvariantCulture)}")),
        (4, CsvField.Array[0, 6].Select(fields => string.Join(",", fields))));

    private static readonly Gen<byte[]> CsvBody = Gen.Select(CsvHeader, CsvRow.Array[0, 5], OneOf("\r\n", "\r\n", "\n", "\r", "\n\r"), Gen.Bool, Gen.Int[0, 6])
        .Select((header, rows, newline, trailing, noise) =>
        {
            var text = string.Join(newline, rows.Prepend(header)) + (trailing ? newline : "");
            var bytes = Encoding.UTF8.GetBytes(text);
            return noise switch
            {
                0 => [.. Encoding.UTF8.GetPreamble(), .. bytes],
                1 => [.. bytes[..(bytes.Length / 2)], 0xFF, 0xFE, 0xC3, .. bytes[(bytes.Length / 2)..]],
                2 => Encoding.Latin1.GetBytes(text + "\u00e6\u00f8"),
                3 => Encoding.Unicode.GetBytes(text),
                _ => bytes,
            };
        });

    private static readonly Gen<(string Target, string Query, string? ContentType, byte[] Body, string? IfMatch)> Request = Gen.Select(
        OneOf(Targets), Query, ContentType,
        Gen.Frequency((5, JsonBody.Select(Encoding.UTF8.GetBytes)), (4, CsvBody), (1, Gen.Byte.Array[0, 64])),
        OneOf("", "\"v1\"", "*", "W/\"v1\"", "\"v99\"", "garbage").Select(s => s.Length == 0 ? null : s));

    [Fact]
    public async Task No_body_query_or_content_type_makes_a_write_fail_or_write_partly()
    {
        using var admin = fixture.CreateClient(TestKeys.BootstrapAdmin);
        await using var db = await fixture.DbFactory.OpenAsync(CancellationToken.None);
        var state = await StateAsync(db);

        await Request.SampleAsync(
            async request =>
            {
                var (method, path) = (request.Target.Split(' ')[0], request.Target.Split(' ')[1]);
                using var message = new HttpRequestMessage(new HttpMethod(method), path + request.Query) { Content = new ByteArrayContent(request.Body) };
                if (request.ContentType is not null)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
                }

                if (request.IfMatch is not null)
                {
                    message.Headers.TryAddWithoutValidation("If-Match", request.IfMatch);
                }

                using var response = await admin.SendAsync(message);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var what = $"{request.Target}{request.Query} [{request.ContentType}] {Encoding.UTF8.GetString(request.Body, 0, Math.Min(300, request.Body.Length))} → {status} {body}";
                Assert.True(status < 500, what);

                var after = await StateAsync(db);
                if (status >= 400)
                {
                    Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", what);
                    var problem = JsonSerializer.Deserialize<JsonElement>(body);
                    Assert.Equal(status, problem.GetProperty("status").GetInt32());
                    Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), what);
                    if (status is 400 or 422)
                    {
                        Assert.True(NamesAFieldOrRow(problem, request.Body), $"The refusal names no field or row: {what}");
                    }

                    Assert.True(state == after, $"A refused request changed the figures ({state} → {after}): {what}");
                }
                else if (request.Query.Contains("dryRun=true", StringComparison.OrdinalIgnoreCase) && path.EndsWith("/batch", StringComparison.Ordinal))
                {
                    Assert.True(state == after, $"A dry run changed the figures ({state} → {after}): {what}");
                }

                state = after;
            },
            iter: 2000,
            threads: 1);
    }

    /// <summary>An empty key is a name only when the body sent a JSON member named "" (it is refused by that name).</summary>
    private static bool NamesAFieldOrRow(JsonElement problem, byte[] body) =>
        (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            && errors.EnumerateObject().Any(e => (e.Name.Length > 0 || Encoding.UTF8.GetString(body).Contains("\"\":", StringComparison.Ordinal))
                && e.Value.ValueKind == JsonValueKind.Array && e.Value.GetArrayLength() > 0))
        || (problem.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array && rows.GetArrayLength() > 0);

    /// <summary>Figures, their values and revisions, the revision history, imports and areas.</summary>
    private static async Task<string> StateAsync(System.Data.Common.DbConnection db) =>
        await WriteTestSupport.FigureStateAsync(db) + " areas=" + await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM area");

    private static Gen<string> OneOf(params string[] values) => Gen.OneOf(values.Select(Gen.Const).ToArray());
}
