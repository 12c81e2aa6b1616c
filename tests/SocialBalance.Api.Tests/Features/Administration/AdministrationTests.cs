using System.Text;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Administration;

public abstract class AdministrationTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static readonly object NewArea = new
    {
        code = "bagsvaerd-syd",
        name = new { da = "Bagsværd Syd", en = "Bagsværd South" },
        kind = "housing-area",
        parent = "gladsaxe",
        sortOrder = 50,
    };

    private static readonly (string Method, string Path, object? Body)[] AdminCalls =
    [
        ("POST", "/api/v1/admin/areas", NewArea),
        ("PUT", "/api/v1/admin/areas/gladsaxe", new { name = new { da = "x", en = "x" }, kind = "municipality", sortOrder = 1 }),
        ("GET", "/api/v1/admin/areas/gladsaxe", null),
        ("POST", "/api/v1/admin/indicators", new { code = "x-ind", content = new { } }),
        ("PUT", "/api/v1/admin/themes/safety/effect-goal", new { effectGoal = "do-better" }),
        ("POST", "/api/v1/admin/organisations", new { code = "new-org", name = new { da = "x", en = "x" }, kind = "housing-organisation" }),
        ("PUT", "/api/v1/admin/organisations/gab/areas/hoeje-gladsaxe", null),
        ("DELETE", "/api/v1/admin/organisations/gab/areas/vaerebro-park", null),
        ("PUT", "/api/v1/admin/organisations/gab/indicators/feel-safe", null),
        ("DELETE", "/api/v1/admin/organisations/gab/indicators/new-tenants-working", null),
        ("POST", "/api/v1/admin/api-keys", new { organisation = "gab", role = "admin", name = "x" }),
    ];

    private async Task<string> CatalogueStateAsync() =>
        string.Join("|", await ScalarAsync("SELECT COUNT(*) FROM area"), await ScalarAsync("SELECT SUM(version) FROM area"),
            await ScalarAsync("SELECT COUNT(*) FROM indicator"), await ScalarAsync("SELECT SUM(version) FROM theme"),
            await ScalarAsync("SELECT COUNT(*) FROM organisation"), await ScalarAsync("SELECT COUNT(*) FROM organisation_area"),
            await ScalarAsync("SELECT COUNT(*) FROM organisation_indicator"),
            await ScalarAsync("SELECT COUNT(*) FROM api_key"));

    private static HttpRequestMessage Request(string method, string path, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    [SkippableFact]
    public async Task A_reporter_gets_403_and_an_anonymous_caller_401_on_every_admin_endpoint_and_nothing_changes()
    {
        using var reporter = await ReporterClientAsync("gab");
        var before = await CatalogueStateAsync();

        foreach (var (method, path, body) in AdminCalls)
        {
            using var asReporter = await reporter.SendAsync(Request(method, path, body, "*"));
            using var anonymous = await Client.SendAsync(Request(method, path, body, "*"));

            Assert.True(HttpStatusCode.Forbidden == asReporter.StatusCode, $"{method} {path} as reporter: {asReporter.StatusCode}");
            Assert.True(HttpStatusCode.Unauthorized == anonymous.StatusCode, $"{method} {path} anonymous: {anonymous.StatusCode}");
            await ProblemAsync(asReporter, HttpStatusCode.Forbidden);
        }

        Assert.Equal(before, await CatalogueStateAsync());
    }

    [SkippableFact]
    public async Task An_area_is_created_then_updated_only_with_a_current_If_Match()
    {
        using var created = await AdminClient.PostAsJsonAsync("/api/v1/admin/areas", NewArea);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"v1\"", created.Headers.ETag?.ToString());

        using var duplicate = await AdminClient.PostAsJsonAsync("/api/v1/admin/areas", NewArea);
        await ProblemAsync(duplicate, HttpStatusCode.Conflict);

        var update = new { name = new { da = "Bagsværd Syd", en = "Bagsvaerd South" }, kind = "housing-area", parent = "gladsaxe", sortOrder = 51 };
        using (var missing = await AdminClient.SendAsync(Request("PUT", "/api/v1/admin/areas/bagsvaerd-syd", update)))
        {
            await ProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        }

        using (var ok = await AdminClient.SendAsync(Request("PUT", "/api/v1/admin/areas/bagsvaerd-syd", update, "\"v1\"")))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("\"v2\"", ok.Headers.ETag?.ToString());
        }

        using (var stale = await AdminClient.SendAsync(Request("PUT", "/api/v1/admin/areas/bagsvaerd-syd", update with { }, "\"v1\"")))
        {
            await ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        }

        using var read = await AdminClient.GetAsync("/api/v1/admin/areas/bagsvaerd-syd");
        Assert.Equal("\"v2\"", read.Headers.ETag?.ToString());
        Assert.Equal(51, await ScalarAsync("SELECT sort_order FROM area WHERE code = 'bagsvaerd-syd'"));
        var area = await GetJsonAsync("/api/v1/areas/bagsvaerd-syd");
        Assert.Equal("Bagsvaerd South", area.GetProperty("name").GetProperty("en").GetString());
    }

    [SkippableFact]
    public async Task An_area_without_a_parent_is_created_and_updated()
    {
        var area = new { code = "top-level-area", name = new { da = "Øverst", en = "Top" }, kind = "housing-area", sortOrder = 60 };
        using (var created = await AdminClient.PostAsJsonAsync("/api/v1/admin/areas", area))
        {
            Assert.True(HttpStatusCode.Created == created.StatusCode, await created.Content.ReadAsStringAsync());
        }

        var update = new { name = new { da = "Øverst", en = "Top level" }, kind = "housing-area", sortOrder = 61 };
        using var updated = await AdminClient.SendAsync(Request("PUT", "/api/v1/admin/areas/top-level-area", update, "\"v1\""));
        Assert.True(HttpStatusCode.OK == updated.StatusCode, await updated.Content.ReadAsStringAsync());
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM area WHERE code = 'top-level-area' AND parent_code IS NOT NULL"));
    }

    [SkippableFact]
    public async Task A_new_indicator_takes_figures_and_a_theme_moves_to_another_effect_goal()
    {
        using var created = await AdminClient.CreateShareIndicatorAsync(
            "green-space", "Grønne arealer", "Green space", "Andel grønne arealer.", "Share of green space.", sortOrder: 99);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using (var figure = await AdminClient.PostFigureAsync(new { indicator = "green-space", area = "gladsaxe", year = 2024, value = 31 }))
        {
            Assert.Equal(HttpStatusCode.Created, figure.StatusCode);
        }

        using var link = await AdminClient.GetAsync("/api/v1/admin/themes/image/effect-goal");
        var etag = link.Headers.ETag!.ToString();
        using var moved = await AdminClient.SendAsync(Request("PUT", "/api/v1/admin/themes/image/effect-goal", new { effectGoal = "mix-more" }, etag));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var theme = await GetJsonAsync("/api/v1/themes/image");
        Assert.Contains("mix-more", theme.GetRawText(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_new_organisation_posts_only_the_indicators_granted_to_it_for_the_areas_linked_to_it()
    {
        using (var created = await AdminClient.PostAsJsonAsync("/api/v1/admin/organisations",
                   new { code = "kab", name = new { da = "KAB", en = "KAB" }, kind = "housing-organisation" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var kab = Fixture.CreateClient(await TestKeys.CreateAsync(AdminClient, "kab"));
        var figure = new { indicator = "feel-safe", area = "moerkhoej", year = 2022, value = 70 };
        using (var refused = await kab.PostFigureAsync(figure))
        {
            await ProblemAsync(refused, HttpStatusCode.Forbidden);
        }

        using (var linked = await AdminClient.PutAsync("/api/v1/admin/organisations/kab/areas/moerkhoej", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, linked.StatusCode);
        }

        using (var ungranted = await kab.PostFigureAsync(figure))
        {
            Assert.Equal([(1, "indicator")], WriteTestSupport.Rows(await ProblemAsync(ungranted, HttpStatusCode.Forbidden)));
        }

        using (var granted = await AdminClient.PutAsync("/api/v1/admin/organisations/kab/indicators/feel-safe", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        }

        using (var posted = await kab.PostFigureAsync(figure))
        {
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        var organisations = await GetJsonAsync("/api/v1/organisations");
        var listed = organisations.EnumerateArray().Single(o => o.GetProperty("code").GetString() == "kab");
        Assert.Equal(["moerkhoej"], listed.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["feel-safe"], listed.GetProperty("indicators").EnumerateArray().Select(a => a.GetString()));

        using (var unlinked = await AdminClient.DeleteAsync("/api/v1/admin/organisations/kab/areas/moerkhoej"))
        {
            Assert.Equal(HttpStatusCode.NoContent, unlinked.StatusCode);
        }

        using var after = await kab.PostFigureAsync(figure with { value = 71 });
        await ProblemAsync(after, HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task Administration_input_is_validated()
    {
        using var response = await AdminClient.PostAsJsonAsync("/api/v1/admin/areas", new
        {
            code = "Not A Code",
            name = new { da = "", en = "x" },
            kind = "planet",
            parent = "nowhere",
            sortOrder = -1,
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "code", "name", "kind", "parent", "sortOrder" })
        {
            Assert.NotEmpty(ErrorsFor(problem, field));
        }

        using var unknownField = await AdminClient.PostAsync("/api/v1/admin/organisations", new StringContent(
            """{"code":"x","name":{"da":"x","en":"x"},"kind":"housing-organisation","version":7}""", Encoding.UTF8, "application/json"));
        Assert.NotEmpty(ErrorsFor(await ProblemAsync(unknownField, HttpStatusCode.BadRequest), "version"));
    }
}

public sealed class AdministrationSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : AdministrationTests<SqliteTestDatabase>(fixture);

public sealed class AdministrationSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : AdministrationTests<SqlServerTestDatabase>(fixture);
