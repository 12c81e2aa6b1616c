using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Auth;

/// <summary>The OpenAPI document declares the key, so Swagger UI's Authorize button sends it where it is needed.</summary>
public sealed class SecuritySchemeDocumentTests(ApiFixture<SqliteTestDatabase> fixture) : IClassFixture<ApiFixture<SqliteTestDatabase>>
{
    [Fact]
    public async Task Every_write_requires_the_api_key_scheme_and_reads_do_not()
    {
        using var client = fixture.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var secured = operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
                var isWrite = operation.Name is "post" or "put" or "delete" or "patch";
                var isPrivate = path.Name.StartsWith("/api/v1/admin", StringComparison.Ordinal) || path.Name.StartsWith("/api/v1/imports", StringComparison.Ordinal);
                Assert.True(secured == (isWrite || isPrivate), $"{operation.Name.ToUpperInvariant()} {path.Name}: security {(secured ? "declared" : "missing")}");
                if (secured)
                {
                    var responses = operation.Value.GetProperty("responses");
                    Assert.True(responses.TryGetProperty("401", out _), $"{path.Name}: no 401");
                    Assert.True(responses.TryGetProperty("403", out _), $"{path.Name}: no 403");
                }
            }
        }
    }
}
