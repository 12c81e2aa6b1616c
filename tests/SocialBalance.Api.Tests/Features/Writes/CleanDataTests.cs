using System.Text;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>
/// Only clean data gets in: no parent loop of any length, no control characters in text, no duplicate JSON keys,
/// no more decimals than the indicator has, no numbers written as text. Each refusal names the field, and nothing
/// is written (the tables are read back).
/// </summary>
public abstract class CleanDataTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string Figure = """{"indicator":"feel-safe","area":"moerkhoej","year":2024,"value":81.5}""";

    private async Task<string> StateAsync() => string.Join("|",
        await ScalarAsync("SELECT COUNT(*) FROM observation"), await ScalarAsync("SELECT COUNT(*) FROM observation_revision"),
        await ScalarAsync("SELECT COUNT(*) FROM area"), await ScalarAsync("SELECT SUM(version) FROM area"),
        await ScalarAsync("SELECT COUNT(*) FROM indicator_target"));

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string json, HttpStatusCode expected, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await AdminClient.SendAsync(request);
        return await ProblemAsync(response, expected);
    }

    public static TheoryData<string, string, string> RefusedBodies() => new()
    {
        { "/api/v1/observations", """{"indicator":"feel-safe","area":"moerkhoej","year":2024,"value":81.5,"value":12}""", "value" },
        { "/api/v1/observations", """{"indicator":"feel-safe","area":"moerkhoej","year":2024,"value":"81.5"}""", "value" },
        { "/api/v1/observations", """{"indicator":"feel-safe","area":"moerkhoej","year":"2024","value":81.5}""", "year" },
        { "/api/v1/observations/batch", """[{"indicator":"feel-safe","area":"moerkhoej","year":2024,"year":2025,"value":81.5}]""", "[0].year" },
        { "/api/v1/admin/targets", """{"indicator":"feel-safe","area":"moerkhoej","baselineYear":2020,"targetYear":2030,"kind":"value","targetValue":"85"}""", "targetValue" },
    };

    [SkippableTheory]
    [MemberData(nameof(RefusedBodies))]
    public async Task Duplicate_keys_and_numbers_as_text_are_a_400_naming_the_field(string path, string json, string field)
    {
        var before = await StateAsync();

        var reason = Assert.Single(ErrorsFor(await SendAsync(HttpMethod.Post, path, json, HttpStatusCode.BadRequest), field));

        Assert.Contains(json.Contains($"\"{field.Split('.')[^1]}\":\"", StringComparison.Ordinal) ? "without quotes" : "more than once", reason, StringComparison.Ordinal);

        Assert.Equal(before, await StateAsync());
    }

    [SkippableTheory]
    [InlineData(81.50000000000001)]
    [InlineData(81.55)]
    [InlineData(1e-7)]
    public async Task More_decimals_than_the_indicator_takes_are_refused_in_json_and_csv(double value)
    {
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var before = await StateAsync();

        var single = await SendAsync(HttpMethod.Post, "/api/v1/observations", Figure.Replace("81.5", text, StringComparison.Ordinal), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 1 decimal", ErrorsFor(single, "row 1.value").Single(), StringComparison.Ordinal);
        using var csv = await AdminClient.PostAsync("/api/v1/observations/batch",
            new StringContent($"indicator,area,year,value\r\nfeel-safe,moerkhoej,2024,{text}\r\n", Encoding.UTF8, "text/csv"));
        Assert.NotEmpty(ErrorsFor(await ProblemAsync(csv, HttpStatusCode.UnprocessableEntity), "row 2.value"));

        Assert.Equal(before, await StateAsync());
    }

    [SkippableTheory]
    [InlineData("a\u0000b")]
    [InlineData("bell\u0007")]
    [InlineData("esc\u001b[31m")]
    [InlineData("c1\u0085")]
    public async Task Control_characters_in_text_are_refused(string note)
    {
        var before = await StateAsync();
        var body = System.Text.Json.JsonSerializer.Serialize(new { indicator = "feel-safe", area = "moerkhoej", year = 2024, value = 81.5, note });

        Assert.NotEmpty(ErrorsFor(await SendAsync(HttpMethod.Post, "/api/v1/observations", body, HttpStatusCode.UnprocessableEntity), "row 1.note"));
        var target = System.Text.Json.JsonSerializer.Serialize(new
        {
            indicator = "feel-safe",
            area = "moerkhoej",
            baselineYear = 2020,
            targetYear = 2030,
            kind = "value",
            targetValue = 85,
            note = new { da = note, en = "ok" },
        });
        Assert.NotEmpty(ErrorsFor(await SendAsync(HttpMethod.Post, "/api/v1/admin/targets", target, HttpStatusCode.BadRequest), "note"));

        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task Tab_and_line_breaks_are_text()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { indicator = "feel-safe", area = "moerkhoej", year = 2019, value = 81.5, note = "line one\r\n\tline two" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/observations") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await AdminClient.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM observation WHERE year = 2019 AND note = @Note", new { Note = "line one\r\n\tline two" }));
    }

    [SkippableFact]
    public async Task A_parent_loop_of_any_length_is_a_422_naming_parent()
    {
        foreach (var (code, parent) in new[] { ("loop-a", "gladsaxe"), ("loop-b", "loop-a"), ("loop-c", "loop-b") })
        {
            var area = System.Text.Json.JsonSerializer.Serialize(new { code, name = new { da = code, en = code }, kind = "housing-area", parent, sortOrder = 90 });
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/areas") { Content = new StringContent(area, Encoding.UTF8, "application/json") };
            using var created = await AdminClient.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var before = await StateAsync();
        foreach (var parent in new[] { "loop-b", "loop-c" })
        {
            var update = System.Text.Json.JsonSerializer.Serialize(new { name = new { da = "a", en = "a" }, kind = "housing-area", parent, sortOrder = 90 });
            var problem = await SendAsync(HttpMethod.Put, "/api/v1/admin/areas/loop-a", update, HttpStatusCode.UnprocessableEntity, "*");
            Assert.Contains("lies inside 'loop-a'", Assert.Single(ErrorsFor(problem, "parent")), StringComparison.Ordinal);
        }

        Assert.Equal(before, await StateAsync());
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM area WHERE code = 'loop-a' AND parent_code = 'gladsaxe'"));
    }
}

public sealed class CleanDataSqliteTests(ApiFixture<SqliteTestDatabase> fixture) : CleanDataTests<SqliteTestDatabase>(fixture);

public sealed class CleanDataSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : CleanDataTests<SqlServerTestDatabase>(fixture);
