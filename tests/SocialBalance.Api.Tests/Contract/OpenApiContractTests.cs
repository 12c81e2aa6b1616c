using Microsoft.Extensions.DependencyInjection;
using SocialBalance.Api.Infrastructure.OpenApi;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Contract;

/// <summary>
/// The served OpenAPI document is the published contract in api-spec/openapi.json. When the code
/// changes the API on purpose, regenerate the file (see api-spec/README.md) and review its diff.
/// </summary>
public sealed class OpenApiContractTests(ApiFixture<SqliteTestDatabase> fixture) : IClassFixture<ApiFixture<SqliteTestDatabase>>
{
    public const string UpdateVariable = "SOCIALBALANCE_UPDATE_CONTRACT";
    private const string ContractFile = "api-spec/openapi.json";

    [Fact]
    public async Task The_served_document_is_the_published_contract()
    {
        var served = await ServedDocumentAsync();
        var path = RepositoryFiles.PathOf(ContractFile);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), $"{ContractFile} is missing; see api-spec/README.md.");
        var published = Normalize(await File.ReadAllTextAsync(path));
        Assert.True(
            published == served,
            $"The served OpenAPI document differs from {ContractFile}. If the change is intended, regenerate it as api-spec/README.md says and review the diff.");
    }

    [Fact]
    public async Task The_document_is_built_once_and_served_from_cache()
    {
        using var client = fixture.CreateClient();
        var first = await client.GetStringAsync("/swagger/v1/swagger.json");
        var cached = fixture.Services.GetRequiredService<CachedOpenApiDocument>();

        // The same string instance on every read: built once, not per request.
        Assert.Same(cached.Json, cached.Json);
        Assert.Equal(cached.Json, first);
        Assert.Equal(first, await client.GetStringAsync("/swagger/v1/swagger.json"));
    }

    [Fact]
    public async Task Every_operation_is_documented_for_a_municipal_developer()
    {
        var document = JsonDocument.Parse(await ServedDocumentAsync()).RootElement;
        var operationIds = new HashSet<string>();

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var op = operation.Value;
                Assert.True(op.TryGetProperty("operationId", out var id) && operationIds.Add(id.GetString()!), $"{where}: missing or repeated operationId");
                Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("summary").GetString()), $"{where}: no summary");
                Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("description").GetString()), $"{where}: no description");
                Assert.True(op.GetProperty("tags").GetArrayLength() > 0, $"{where}: no tag");

                var responses = op.GetProperty("responses");
                Assert.True(responses.EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{where}: no success (2xx) response");
                Assert.True(responses.TryGetProperty("500", out var error) && error.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{where}: no 500 problem response");
                foreach (var response in responses.EnumerateObject().Where(r => r.Name.StartsWith('4')))
                {
                    Assert.True(response.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{where}: {response.Name} is not a problem response");
                }

                if (op.TryGetProperty("parameters", out var parameters))
                {
                    foreach (var parameter in parameters.EnumerateArray())
                    {
                        Assert.False(
                            string.IsNullOrWhiteSpace(parameter.TryGetProperty("description", out var d) ? d.GetString() : null),
                            $"{where}: parameter '{parameter.GetProperty("name").GetString()}' has no description");
                    }

                    // Headers such as If-None-Match cannot be invalid; a query or path parameter can.
                    var validated = parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() is "query" or "path");
                    if (validated && path.Name.StartsWith("/api/", StringComparison.Ordinal))
                    {
                        var hasValidation = responses.TryGetProperty("400", out _) || responses.TryGetProperty("404", out _);
                        Assert.True(hasValidation, $"{where}: takes parameters but declares neither 400 nor 404");
                    }
                }
            }
        }

        Assert.Contains("ListObservations", operationIds);
    }

    [Fact]
    public async Task Tags_come_in_reading_order_and_each_says_what_it_holds()
    {
        var document = JsonDocument.Parse(await ServedDocumentAsync()).RootElement;
        var tags = document.GetProperty("tags").EnumerateArray().ToList();

        Assert.Equal("Effect goals", tags[0].GetProperty("name").GetString());
        Assert.Equal("Health", tags[^1].GetProperty("name").GetString());
        Assert.All(tags, tag => Assert.False(string.IsNullOrWhiteSpace(tag.GetProperty("description").GetString())));
        var used = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .SelectMany(o => o.Value.GetProperty("tags").EnumerateArray().Select(t => t.GetString()))
            .ToHashSet();
        Assert.Equal(used.Order(), tags.Select(t => t.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Swagger_UI_is_served()
    {
        using var client = fixture.CreateClient();
        var html = await client.GetStringAsync("/swagger/index.html");

        Assert.Contains("swagger-ui", html);
    }

    private async Task<string> ServedDocumentAsync()
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return Normalize(await response.Content.ReadAsStringAsync());
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
