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
    ];

    private static readonly string[] Names =
        ["indicator", "area", "from", "to", "page", "pageSize", "kind", "parent", "theme", "effectGoal", "PAGESIZE", "x", "", "asOf"];

    private static readonly Gen<string> Value = Gen.OneOf(
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
                        var sent = request.Query.Select(q => q.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                        foreach (var field in errors.EnumerateObject())
                        {
                            Assert.True(sent.Contains(field.Name), $"{url}: blames '{field.Name}', which was not sent");
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

    private static Gen<string> OneOf(params string[] values) => Gen.OneOf(values.Select(Gen.Const).ToArray());

    private static string QueryString((string Name, string Value)[] query) =>
        query.Length == 0
            ? ""
            : "?" + string.Join("&", query.Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value)));
}
