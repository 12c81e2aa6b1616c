using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Http;

/// <summary>Every 201 names in <c>Location</c> a resource that answers GET, with the admin key that created it.</summary>
public abstract class LocationTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task AssertLocationAnswersAsync(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location ?? throw new Xunit.Sdk.XunitException("A 201 without a Location.");

        using var read = await AdminClient.GetAsync(location);

        Assert.True(read.StatusCode == HttpStatusCode.OK, $"GET {location}: {(int)read.StatusCode}");
    }

    [SkippableFact]
    public async Task Every_created_resource_answers_at_its_location()
    {
        using (var key = await AdminClient.PostAsJsonAsync("/api/v1/admin/api-keys", new { organisation = "gab", role = "reporter", name = "location test" }))
        {
            await AssertLocationAnswersAsync(key);
            var id = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("details").GetProperty("id").GetInt64();
            var read = await (await AdminClient.GetAsync($"/api/v1/admin/api-keys/{id}")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("gab", "reporter"), (read.GetProperty("organisation").GetString(), read.GetProperty("role").GetString()));
            Assert.DoesNotContain("sbk_", read.GetRawText(), StringComparison.Ordinal);
        }

        using (var area = await AdminClient.PostAsJsonAsync("/api/v1/admin/areas", new
        {
            code = "location-test",
            name = new { da = "Sted", en = "Place" },
            kind = "housing-area",
            parent = "gladsaxe",
            sortOrder = 90,
        }))
        {
            await AssertLocationAnswersAsync(area);
        }

        using (var indicator = await AdminClient.CreateShareIndicatorAsync("location-share", "Andel", "Share", "Andel.", "Share.", sortOrder: 97))
        {
            await AssertLocationAnswersAsync(indicator);
        }

        using (var organisation = await AdminClient.PostAsJsonAsync("/api/v1/admin/organisations", new
        {
            code = "location-org",
            name = new { da = "Org", en = "Org" },
            kind = "housing-organisation",
        }))
        {
            await AssertLocationAnswersAsync(organisation);
        }

        using (var target = await AdminClient.PostAsJsonAsync("/api/v1/admin/targets", new
        {
            indicator = "feel-safe",
            area = "moerkhoej",
            baselineYear = 2020,
            targetYear = 2030,
            kind = "value",
            targetValue = 80,
        }))
        {
            await AssertLocationAnswersAsync(target);
        }

        using var figure = await AdminClient.PostFigureAsync(new { indicator = "feel-safe", area = "moerkhoej", year = 2024, value = 70.5 });
        await AssertLocationAnswersAsync(figure);
    }

    [SkippableFact]
    public async Task An_unknown_api_key_is_a_404_naming_the_list()
    {
        using var response = await AdminClient.GetAsync("/api/v1/admin/api-keys/999999");

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("/api/v1/admin/api-keys", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class LocationSqliteTests(ApiFixture<SqliteTestDatabase> fixture) : LocationTests<SqliteTestDatabase>(fixture);

public sealed class LocationSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : LocationTests<SqlServerTestDatabase>(fixture);
