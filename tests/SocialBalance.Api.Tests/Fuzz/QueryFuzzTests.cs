using CsCheck;
using SocialBalance.Api.Tests.Features;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Fuzz;

/// <summary>
/// Generated and malformed query strings against every read endpoint: never a 5xx, and every refusal is a
/// problem response whose <c>errors</c> name only parameters that were actually sent.
/// </summary>
public sealed class QueryFuzzTests(ObservationFixture<SqliteTestDatabase> fixture) : IClassFixture<ObservationFixture<SqliteTestDatabase>>
{
    private static readonly string[] Endpoints =
    [
        "/api/v1/observations", "/api/v1/areas", "/api/v1/indicators", "/api/v1/themes", "/api/v1/effect-goals",
        "/api/v1/areas/gladsaxe", "/api/v1/indicators/feel-safe", "/api/v1/themes/safety", "/api/v1/effect-goals/mix-more",
        "/api/v1/comparisons", "/api/v1/comparisons/themes", "/api/v1/progress", "/api/v1/ambition", "/api/v1/targets",
        "/api/v1/targets/1", "/api/v1/targets/1/progress", "/api/v1/list-status", "/api/v1/areas/vaerebro-park/list-status",
        "/api/v1/areas/gladsaxe/list-status", "/api/v1/charts/indicators/feel-safe", "/api/v1/charts/gaps", "/api/v1/charts/themes/safety",
    ];

    private static readonly string[] Names =
        ["indicator", "area", "from", "to", "page", "pageSize", "kind", "parent", "theme", "effectGoal", "PAGESIZE", "x", "", "asOf",
         "year", "baseline", "reference", "areas", "watchMargin", "lang", "width", "height"];

    private static readonly Gen<string> Value = Gen.OneOf(
        OneOf("hoeje-gladsaxe,moerkhoej", "0.1", "-0.5", "1.5", "2021", "2026", "1989", "2030", "da", "en", "320", "2000", "1500"),
        OneOf("feel-safe", "convicted", "gladsaxe", "vaerebro-park", "social-balance-area", "safety", "do-better"),
        OneOf("", ",", ",,", "feel-safe,", " gladsaxe ", "2020", "-1", "0", "1000", "1001", "99999999999", "2020.5", "1e3", "NaN", "null", "true"),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char, 0, 40],
        Gen.String[Gen.Char["abc-,;%&=+ 0123456789æøåÆØÅ\"'<>"], 0, 20]);

    private static readonly Gen<(string Endpoint, (string Name, string Value)[] Query)> Request =
        Gen.Select(OneOf(Endpoints), Gen.Select(OneOf(Names), Value).Array[0, 4]);

    [Fact]
    public async Task No_query_string_makes_a_read_endpoint_fail_or_blame_a_parameter_not_sent()
    {
        using var client = fixture.CreateClient();
        var required = await RequiredParametersAsync(client);

        await Request.SampleAsync(
            async request =>
            {
                var url = request.Endpoint + QueryString(request.Query);
                using var response = await client.GetAsync(url);
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"{url} answered {status}");
                if (status >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                    var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Assert.Equal(status, problem.GetProperty("status").GetInt32());
                    if (problem.TryGetProperty("errors", out var errors))
                    {
                        // A refusal may name what was sent, or what the operation requires (path and required query parameters).
                        var blameable = request.Query.Select(q => q.Name)
                            .Concat(required.First(r => r.Path.IsMatch(request.Endpoint)).Names)
                            .ToHashSet(StringComparer.OrdinalIgnoreCase);
                        foreach (var field in errors.EnumerateObject())
                        {
                            Assert.True(blameable.Contains(field.Name), $"{url}: blames '{field.Name}', which was neither sent nor required");
                            Assert.NotEmpty(field.Value.EnumerateArray());
                        }
                    }
                }
            },
            iter: 400,
            threads: 1);
    }

    [Fact]
    public async Task Refused_queries_change_nothing()
    {
        await using var db = await fixture.DbFactory.OpenAsync(CancellationToken.None);
        var before = await Dapper.SqlMapper.ExecuteScalarAsync<long>(db, "SELECT COUNT(*) FROM observation");
        using var client = fixture.CreateClient();

        foreach (var url in new[] { "/api/v1/observations?from=x", "/api/v1/observations?area=';DROP TABLE observation;--", "/api/v1/areas?kind=%00" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(before, await Dapper.SqlMapper.ExecuteScalarAsync<long>(db, "SELECT COUNT(*) FROM observation"));
    }

    /// <summary>Each GET path of the published document, with its path and required query parameters.</summary>
    private static async Task<List<(System.Text.RegularExpressions.Regex Path, string[] Names)>> RequiredParametersAsync(HttpClient client)
    {
        var document = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        return document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Value.TryGetProperty("get", out _))
            .Select(path => (
                new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Replace(path.Name, @"\{[^}]+\}", "[^/]+") + "$"),
                path.Value.GetProperty("get").TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray()
                        .Where(p => p.GetProperty("in").GetString() == "path" || (p.TryGetProperty("required", out var r) && r.GetBoolean()))
                        .Select(p => p.GetProperty("name").GetString()!)
                        .ToArray()
                    : []))
            .ToList();
    }

    private static Gen<string> OneOf(params string[] values) => Gen.OneOf(values.Select(Gen.Const).ToArray());

    private static string QueryString((string Name, string Value)[] query) =>
        query.Length == 0
            ? ""
            : "?" + string.Join("&", query.Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value)));
}
