using System.Net.Http.Headers;
using System.Text;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Http;

/// <summary>
/// Values and bodies that do not fit an endpoint are refused with each field named, found from the endpoint's
/// parameter types and the body's contract, never from the text of a framework exception: one test per case.
/// </summary>
public abstract class BindingCheckTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static readonly JsonElement Contract = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf(ContractDocument.File))).RootElement;

    public static TheoryData<string, string> WriteEndpoints => new()
    {
        { "POST", "/api/v1/observations" },
        { "POST", "/api/v1/observations/batch" },
        { "POST", "/api/v1/admin/areas" },
        { "PUT", "/api/v1/admin/areas/{code}" },
        { "POST", "/api/v1/admin/indicators" },
        { "PUT", "/api/v1/admin/indicators/{code}" },
        { "POST", "/api/v1/admin/organisations" },
        { "PUT", "/api/v1/admin/organisations/{code}" },
        { "PUT", "/api/v1/admin/themes/{code}/effect-goal" },
        { "POST", "/api/v1/admin/targets" },
        { "POST", "/api/v1/admin/api-keys" },
    };

    [SkippableTheory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task An_empty_object_names_each_field_the_contract_requires(string method, string route)
    {
        var (path, body, prefix) = route switch
        {
            "/api/v1/observations/batch" => (route, "[{}]", "[0]."),
            _ => (route.Replace("{code}", Existing(route), StringComparison.Ordinal), "{}", ""),
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (method == "PUT")
        {
            request.Headers.IfMatch.Add(await ETagAsync(path));
        }

        using var response = await AdminClient.SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var errors = (await ProblemAsync(response, response.StatusCode)).GetProperty("errors");
        foreach (var field in RequiredFields(method, route))
        {
            Assert.True(errors.TryGetProperty(prefix + field, out var reasons) && reasons.GetArrayLength() > 0,
                $"{method} {route}: '{prefix}{field}' is not named in {errors}");
        }

        Assert.False(errors.TryGetProperty("body", out _));
    }

    [SkippableTheory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task A_body_that_is_not_the_JSON_kind_the_endpoint_reads_names_the_body_and_changes_nothing(string method, string route)
    {
        var path = route.Replace("{code}", Existing(route), StringComparison.Ordinal);
        var expected = route == "/api/v1/observations/batch" ? "A JSON array is required here." : "A JSON object is required here.";
        var before = await AdminClient.GetStringAsync("/api/v1/observations?pageSize=1000");
        var version = method == "PUT" ? await ETagAsync(path) : null;

        foreach (var body in new[] { "null", "42", "\"text\"", route == "/api/v1/observations/batch" ? "{}" : "[]" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (version is not null)
            {
                request.Headers.IfMatch.Add(version);
            }

            using var response = await AdminClient.SendAsync(request);

            var reason = Assert.Single(ErrorsFor(await ProblemAsync(response, HttpStatusCode.BadRequest), "body"));
            // The batch streams its rows with a reader of its own, which counts a null batch as one without rows.
            Assert.True(reason == expected || route == "/api/v1/observations/batch" && body == "null" && reason == "The batch holds no rows.",
                $"{method} {route} with {body}: {reason}");
        }

        Assert.Equal(before, await AdminClient.GetStringAsync("/api/v1/observations?pageSize=1000"));
        if (version is not null)
        {
            Assert.Equal(version, await ETagAsync(path));
        }
    }

    [SkippableTheory]
    [InlineData("/api/v1/observations?from=twenty", "from", "'twenty' is not a valid whole number.")]
    [InlineData("/api/v1/observations?asOf=yesterday", "asOf", "'yesterday' is not a valid timestamp (ISO 8601).")]
    [InlineData("/api/v1/observations?pageSize=", "pageSize", "'' is not a valid whole number.")]
    [InlineData("/api/v1/targets/abc", "id", "'abc' is not a valid whole number.")]
    [InlineData("/api/v1/list-status?year=2024&watchMargin=much", "watchMargin", "'much' is not a valid number.")]
    public async Task A_value_that_is_not_of_the_parameters_type_is_named_with_its_type(string url, string field, string reason)
    {
        var problem = await GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal([reason], ErrorsFor(problem, field));
    }

    [SkippableFact]
    public async Task A_batch_flag_that_is_not_a_boolean_is_named()
    {
        using var response = await AdminClient.PostAsync("/api/v1/observations/batch?dryRun=maybe", new StringContent("[]", Encoding.UTF8, "application/json"));

        Assert.Equal(["'maybe' is not a valid boolean (true or false)."], ErrorsFor(await ProblemAsync(response, HttpStatusCode.BadRequest), "dryRun"));
    }

    [SkippableTheory]
    [InlineData("/api/v1/admin/areas", """{"code":"x-1","kind":"housing-area","name":{"da":"X","en":"X","fr":"X"},"sortOrder":1,"organisation":"gab"}""", "name.fr", "organisation")]
    [InlineData("/api/v1/observations", """{"indicator":"feel-safe","area":"moerkhoej","year":2024,"value":81.5,"status":"official"}""", "status", null)]
    [InlineData("/api/v1/observations/batch", """[{"indicator":"feel-safe","area":"moerkhoej","year":2024,"value":81.5},{"indicator":"feel-safe","area":"moerkhoej","year":2023,"value":81.5,"revision":3}]""", "[1].revision", null)]
    public async Task A_field_the_contract_does_not_know_is_named_by_its_path(string path, string json, string field, string? alsoField)
    {
        using var response = await AdminClient.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not accepted", Assert.Single(ErrorsFor(problem, field)), StringComparison.Ordinal);
        if (alsoField is not null)
        {
            Assert.Contains("not accepted", Assert.Single(ErrorsFor(problem, alsoField)), StringComparison.Ordinal);
        }
    }

    private static string Existing(string route) => route switch
    {
        "/api/v1/admin/areas/{code}" => "moerkhoej",
        "/api/v1/admin/indicators/{code}" => "feel-safe",
        "/api/v1/admin/organisations/{code}" => "gab",
        _ => "safety",
    };

    private async Task<EntityTagHeaderValue> ETagAsync(string path)
    {
        var read = path.EndsWith("/effect-goal", StringComparison.Ordinal) ? path[..^"/effect-goal".Length] : path;
        using var response = await AdminClient.GetAsync(read);
        return response.Headers.ETag ?? EntityTagHeaderValue.Any;
    }

    /// <summary>The contract's required fields of the endpoint's JSON request body (of its items, for an array).</summary>
    private static IEnumerable<string> RequiredFields(string method, string route)
    {
        var schema = Contract.GetProperty("paths").GetProperty(route).GetProperty(method.ToLowerInvariant())
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var reference = (schema.TryGetProperty("items", out var items) ? items : schema).GetProperty("$ref").GetString()!;
        var component = Contract.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
        return component.GetProperty("required").EnumerateArray().Select(r => r.GetString()!);
    }
}

public sealed class BindingCheckSqliteTests(ApiFixture<SqliteTestDatabase> fixture) : BindingCheckTests<SqliteTestDatabase>(fixture);

public sealed class BindingCheckSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : BindingCheckTests<SqlServerTestDatabase>(fixture);
