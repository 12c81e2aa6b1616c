using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class AreaApiTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Lists_every_area_with_kind_and_parent()
    {
        var areas = await GetJsonAsync("/api/v1/areas");

        Assert.Equal(
            ["denmark", "region-hovedstaden", "gladsaxe", "hoeje-gladsaxe", "moerkhoej", "vaerebro-park", "pileparkerne"],
            Codes(areas));
        var pile = areas[6];
        Assert.Equal("housing-area", pile.GetProperty("kind").GetProperty("code").GetString());
        Assert.Equal("Boligområde", pile.GetProperty("kind").GetProperty("name").GetProperty("da").GetString());
        Assert.Equal("moerkhoej", pile.GetProperty("parentCode").GetString());
        Assert.Equal(JsonValueKind.Null, areas[0].GetProperty("parentCode").ValueKind);
    }

    [SkippableFact]
    public async Task Filters_by_kind_and_by_parent()
    {
        var social = await GetJsonAsync("/api/v1/areas?kind=social-balance-area");
        Assert.Equal(["hoeje-gladsaxe", "moerkhoej", "vaerebro-park"], Codes(social));

        var inGladsaxe = await GetJsonAsync("/api/v1/areas?parent=gladsaxe");
        Assert.Equal(["hoeje-gladsaxe", "moerkhoej", "vaerebro-park"], Codes(inGladsaxe));

        var both = await GetJsonAsync("/api/v1/areas?kind=housing-area&parent=moerkhoej");
        Assert.Equal(["pileparkerne"], Codes(both));

        var none = await GetJsonAsync("/api/v1/areas?kind=country&parent=gladsaxe");
        Assert.Equal(0, none.GetArrayLength());
    }

    [SkippableFact]
    public async Task An_area_has_parent_children_organisations_and_list_history()
    {
        var vaerebro = await GetJsonAsync("/api/v1/areas/vaerebro-park");

        Assert.Equal("Værebro Park", vaerebro.GetProperty("name").GetProperty("da").GetString());
        Assert.Equal("gladsaxe", vaerebro.GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal("Gladsaxe Kommune", vaerebro.GetProperty("parent").GetProperty("name").GetProperty("da").GetString());
        Assert.Equal(0, vaerebro.GetProperty("children").GetArrayLength());
        Assert.Equal(["gab"], Codes(vaerebro.GetProperty("housingOrganisations")));
        var entry = Assert.Single(vaerebro.GetProperty("listHistory").EnumerateArray());
        Assert.Equal(2021, entry.GetProperty("year").GetInt32());
        Assert.Equal("2021-12-01", entry.GetProperty("publishedOn").GetString());
        Assert.Equal("prevention", entry.GetProperty("category").GetProperty("code").GetString());
        Assert.Equal("Forebyggelsesområde", entry.GetProperty("category").GetProperty("name").GetProperty("da").GetString());
    }

    [SkippableFact]
    public async Task Hoeje_Gladsaxe_has_five_organisations_and_no_list_history()
    {
        var hoeje = await GetJsonAsync("/api/v1/areas/hoeje-gladsaxe");

        Assert.Equal(["3b", "aab", "abg", "fsb", "lejerbo"], Codes(hoeje.GetProperty("housingOrganisations")).Order(StringComparer.Ordinal));
        Assert.Equal(0, hoeje.GetProperty("listHistory").GetArrayLength());
    }

    [SkippableFact]
    public async Task A_parent_lists_its_children()
    {
        var moerkhoej = await GetJsonAsync("/api/v1/areas/moerkhoej");
        Assert.Equal(["pileparkerne"], Codes(moerkhoej.GetProperty("children")));

        var gladsaxe = await GetJsonAsync("/api/v1/areas/gladsaxe");
        Assert.Equal(["hoeje-gladsaxe", "moerkhoej", "vaerebro-park"], Codes(gladsaxe.GetProperty("children")));
        Assert.Equal("region-hovedstaden", gladsaxe.GetProperty("parent").GetProperty("code").GetString());
        // The municipality is an organisation too, but not a housing organisation of its own area.
        Assert.Equal(0, gladsaxe.GetProperty("housingOrganisations").GetArrayLength());
    }

    [SkippableFact]
    public async Task Unknown_kind_or_parent_filter_is_a_400_naming_each_parameter()
    {
        var problem = await GetProblemAsync("/api/v1/areas?kind=village&parent=atlantis", HttpStatusCode.BadRequest);

        Assert.Contains("village", Assert.Single(ErrorsFor(problem, "kind")));
        Assert.Contains("atlantis", Assert.Single(ErrorsFor(problem, "parent")));
    }

    [SkippableFact]
    public async Task Unknown_area_is_a_404_problem()
    {
        var problem = await GetProblemAsync("/api/v1/areas/atlantis", HttpStatusCode.NotFound);

        Assert.Contains("atlantis", problem.GetProperty("title").GetString());
    }
}

public sealed class AreaApiSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : AreaApiTests<SqliteTestDatabase>(fixture);

public sealed class AreaApiSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : AreaApiTests<SqlServerTestDatabase>(fixture);
