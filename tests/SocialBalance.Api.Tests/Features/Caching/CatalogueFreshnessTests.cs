using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Caching;

/// <summary>
/// The catalogue is kept between requests (AnalysisInputQueries): every test reads first, so the cache is warm, then
/// changes the data through the API and reads again. A read after a successful write must never show the old state.
/// </summary>
public abstract class CatalogueFreshnessTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task A_renamed_area_shows_its_new_name_in_the_next_comparison()
    {
        const string Url = "/api/v1/comparisons?indicator=feel-safe&areas=moerkhoej";
        Assert.NotEqual("Renamed", AreaName(await GetJsonAsync(Url)));

        using var current = await AdminClient.GetAsync("/api/v1/admin/areas/moerkhoej");
        var area = await current.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        using var update = new HttpRequestMessage(HttpMethod.Put, "/api/v1/admin/areas/moerkhoej")
        {
            Content = JsonContent.Create(new
            {
                name = new { da = "Omdøbt", en = "Renamed" },
                kind = area.GetProperty("kind").GetString(),
                parent = area.GetProperty("parent").GetString(),
                sortOrder = area.GetProperty("sortOrder").GetInt32(),
            }),
        };
        update.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.ToString());
        using (var updated = await AdminClient.SendAsync(update))
        {
            Assert.True(HttpStatusCode.OK == updated.StatusCode, await updated.Content.ReadAsStringAsync());
        }

        Assert.Equal("Renamed", AreaName(await GetJsonAsync(Url)));
    }

    [SkippableFact]
    public async Task A_new_indicator_and_its_figures_are_compared_at_once()
    {
        const string Url = "/api/v1/comparisons?indicator=play-areas&areas=vaerebro-park&baseline=2020";
        // An unknown indicator is refused; a comparison of a known one warms the catalogue.
        await GetProblemAsync(Url, HttpStatusCode.BadRequest);
        await GetJsonAsync("/api/v1/comparisons?indicator=feel-safe&areas=vaerebro-park");

        using (var created = await AdminClient.CreateShareIndicatorAsync(
            "play-areas", "Legepladser", "Play areas", "Andel tilfredse.", "Share satisfied.", sortOrder: 98))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var item = (await GetJsonAsync(Url)).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("insufficient-data", item.GetProperty("outcome").GetString());

        foreach (var (area, year, value) in new[] { ("gladsaxe", 2020, 50.0), ("gladsaxe", 2024, 60.0), ("vaerebro-park", 2020, 40.0), ("vaerebro-park", 2024, 45.0) })
        {
            using var posted = await AdminClient.PostFigureAsync(new { indicator = "play-areas", area, year, value });
            Assert.True(HttpStatusCode.Created == posted.StatusCode, await posted.Content.ReadAsStringAsync());
        }

        var latest = (await GetJsonAsync(Url)).GetProperty("items").EnumerateArray().Single().GetProperty("latest");
        Assert.Equal(45.0, latest.GetProperty("areaValue").GetDouble());
        Assert.Equal(60.0, latest.GetProperty("referenceValue").GetDouble());
    }

    [SkippableFact]
    public async Task A_new_housing_area_is_in_the_next_national_list()
    {
        const string Url = "/api/v1/list-status?year=2025";
        Assert.DoesNotContain("nyt-omraade", ListedAreas(await GetJsonAsync(Url)));

        using (var created = await AdminClient.PostAsJsonAsync("/api/v1/admin/areas", new
        {
            code = "nyt-omraade",
            name = new { da = "Nyt område", en = "New area" },
            kind = "housing-area",
            parent = "gladsaxe",
            sortOrder = 70,
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        Assert.Contains("nyt-omraade", ListedAreas(await GetJsonAsync(Url)));
    }

    private static string? AreaName(System.Text.Json.JsonElement comparison) =>
        comparison.GetProperty("items").EnumerateArray().Single().GetProperty("area").GetProperty("name").GetProperty("en").GetString();

    private static List<string?> ListedAreas(System.Text.Json.JsonElement overview) =>
        overview.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("area").GetProperty("code").GetString()).ToList();
}

public sealed class CatalogueFreshnessSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : CatalogueFreshnessTests<SqliteTestDatabase>(fixture);

public sealed class CatalogueFreshnessSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : CatalogueFreshnessTests<SqlServerTestDatabase>(fixture);
