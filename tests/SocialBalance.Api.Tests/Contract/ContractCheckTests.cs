using System.Text.Json.Nodes;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Contract;

/// <summary>
/// The check every HTTP test's answers go through (<see cref="ContractCheckingHandler"/>) finds what it is there to
/// find: real answers of the service, checked against the committed contract and against copies of it with one thing
/// made untrue, pass the first and fail each copy, naming what is wrong.
/// </summary>
public sealed class ContractCheckTests(ApiFixture<SqliteTestDatabase> fixture) : IClassFixture<ApiFixture<SqliteTestDatabase>>
{
    [Fact]
    public async Task A_null_where_the_contract_declares_the_field_not_null_fails()
    {
        var (path, response, body) = await TopLevelAreaAsync();
        Assert.Empty(Check(Committed()).Violations(HttpMethod.Get, path, response, body));

        // AreaResponse.parent declared as the area summary only, without "or null".
        var contract = Committed();
        var parent = contract["components"]!["schemas"]!["AreaResponse"]!["properties"]!["parent"]!.AsObject();
        var reference = parent["anyOf"]!.AsArray().First(s => s?["$ref"] is not null)!.DeepClone();
        parent.Remove("anyOf");
        parent["$ref"] = reference["$ref"]!.GetValue<string>();

        var violations = Check(contract).Violations(HttpMethod.Get, path, response, body);

        Assert.Contains(violations, v => v.Contains("/parent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_property_the_contract_does_not_name_fails()
    {
        var (path, response, body) = await TopLevelAreaAsync();
        var contract = Committed();
        contract["components"]!["schemas"]!["AreaResponse"]!["properties"]!.AsObject().Remove("listHistory");

        var violations = Check(contract).Violations(HttpMethod.Get, path, response, body);

        Assert.Contains(violations, v => v.Contains("listHistory", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_status_the_operation_does_not_declare_fails()
    {
        using var client = fixture.Server.CreateClient();
        using var response = await client.GetAsync("/api/v1/areas/no-such-area");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(Check(Committed()).Violations(HttpMethod.Get, "/api/v1/areas/no-such-area", response, body));

        var contract = Committed();
        contract["paths"]!["/api/v1/areas/{code}"]!["get"]!["responses"]!.AsObject().Remove("404");

        var violations = Check(contract).Violations(HttpMethod.Get, "/api/v1/areas/no-such-area", response, body);

        Assert.Contains(violations, v => v.Contains("does not declare 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_required_header_fails()
    {
        var (path, response, body) = await TopLevelAreaAsync();
        var contract = Committed();
        contract["paths"]!["/api/v1/areas/{code}"]!["get"]!["responses"]!["200"]!["headers"]!["X-Never-Sent"] =
            new JsonObject { ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } };

        var violations = Check(contract).Violations(HttpMethod.Get, path, response, body);

        Assert.Contains(violations, v => v.Contains("X-Never-Sent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_path_the_contract_does_not_list_must_answer_a_problem()
    {
        using var client = fixture.Server.CreateClient();
        using var response = await client.GetAsync("/api/v1/nothing-here");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Empty(Check(Committed()).Violations(HttpMethod.Get, "/api/v1/nothing-here", response, body));
        using var plain = new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("not found") };
        Assert.NotEmpty(Check(Committed()).Violations(HttpMethod.Get, "/api/v1/nothing-here", plain, "not found"u8.ToArray()));
    }

    [Fact]
    public async Task A_chart_passes_as_the_svg_it_is_declared_and_fails_when_it_is_not_svg()
    {
        using var client = fixture.Server.CreateClient();
        const string path = "/api/v1/charts/themes/safety";
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Empty(Check(Committed()).Violations(HttpMethod.Get, path, response, body));
        Assert.Contains(Check(Committed()).Violations(HttpMethod.Get, path, response, "<svg><title>unclosed"u8.ToArray()),
            v => v.Contains("not XML", StringComparison.Ordinal));
        Assert.Contains(Check(Committed()).Violations(HttpMethod.Get, path, response, "<html/>"u8.ToArray()),
            v => v.Contains("not an SVG", StringComparison.Ordinal));

        // Declared as JSON only, the same answer breaks the contract.
        var contract = Committed();
        var content = contract["paths"]!["/api/v1/charts/themes/{code}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        content.Remove("image/svg+xml");
        content["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } };
        Assert.Contains(Check(contract).Violations(HttpMethod.Get, path, response, body), v => v.Contains("a body of image/svg+xml", StringComparison.Ordinal));
    }

    /// <summary>An area at the top of the hierarchy (its parent null), read without the check in between.</summary>
    [Fact]
    public async Task A_workbook_passes_only_where_the_contract_declares_it_and_only_as_a_zip_package()
    {
        using var client = fixture.Server.CreateClient();
        using var response = await client.GetAsync("/api/v1/areas?format=xlsx");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Check(Committed()).Violations(HttpMethod.Get, "/api/v1/areas", response, body));

        // Not a package: the same headers over a text body.
        Assert.Contains(
            Check(Committed()).Violations(HttpMethod.Get, "/api/v1/areas", response, "code,name_da"u8.ToArray()),
            v => v.Contains("not a ZIP package", StringComparison.Ordinal));

        var undeclared = Committed();
        undeclared["paths"]!["/api/v1/areas"]!["get"]!["responses"]!["200"]!["content"]!.AsObject()
            .Remove("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Contains(
            Check(undeclared).Violations(HttpMethod.Get, "/api/v1/areas", response, body),
            v => v.Contains("a body of application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", StringComparison.Ordinal));
    }

    private async Task<(string Path, HttpResponseMessage Response, byte[] Body)> TopLevelAreaAsync()
    {
        using var client = fixture.Server.CreateClient();
        var areas = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas");
        var top = areas.EnumerateArray().First(a => a.GetProperty("parentCode").ValueKind == JsonValueKind.Null).GetProperty("code").GetString();
        var path = $"/api/v1/areas/{top}";
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parent").ValueKind);
        return (path, response, await response.Content.ReadAsByteArrayAsync());
    }

    private static JsonObject Committed() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf(ContractDocument.File)))!.AsObject();

    private static ContractCheck Check(JsonObject contract) => new(new ContractDocument(contract.ToJsonString()));
}
