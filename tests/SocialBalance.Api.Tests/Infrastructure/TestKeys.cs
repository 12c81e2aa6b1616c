namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>The keys the tests write with: the bootstrap admin key from configuration, and keys made through the admin API.</summary>
public static class TestKeys
{
    public const string BootstrapAdmin = "test-bootstrap-admin-key-0123456789abcdef";

    /// <summary>Creates a key through the admin API and answers its secret.</summary>
    public static async Task<string> CreateAsync(HttpClient admin, string organisation, string role = "reporter")
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { organisation, role, name = $"test {organisation} {role}" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("key").GetString()!;
    }

    /// <summary>Grants an organisation indicators through the admin API (idempotent, like the route).</summary>
    public static async Task GrantAsync(HttpClient admin, string organisation, params string[] indicators)
    {
        foreach (var indicator in indicators)
        {
            using var response = await admin.PutAsync($"/api/v1/admin/organisations/{organisation}/indicators/{indicator}", null);
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"grant {organisation} {indicator}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
