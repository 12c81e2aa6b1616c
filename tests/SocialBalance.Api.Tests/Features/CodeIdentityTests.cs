using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// Codes are lower-case identifiers that match and sort byte by byte on every engine: a code in another case is an
/// unknown code, and lists come in the same order on SQLite, on SQL Server under its default collation and under a
/// Danish one (where <c>aa</c> would sort as <c>å</c>, after <c>z</c>).
/// </summary>
public abstract class CodeIdentityTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData("/api/v1/indicators/FEEL-SAFE")]
    [InlineData("/api/v1/indicators/Feel-Safe")]
    [InlineData("/api/v1/areas/Vaerebro-Park")]
    [InlineData("/api/v1/themes/SAFETY")]
    [InlineData("/api/v1/effect-goals/MIX-MORE")]
    [InlineData("/api/v1/areas/VAEREBRO-PARK/list-status?year=2024")]
    public async Task A_code_in_another_case_is_not_found(string url)
    {
        await GetProblemAsync(url, HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [InlineData("/api/v1/observations?indicator=Feel-Safe", "indicator")]
    [InlineData("/api/v1/observations?area=Vaerebro-Park", "area")]
    [InlineData("/api/v1/indicators?theme=Safety", "theme")]
    [InlineData("/api/v1/observations/history?indicator=Feel-Safe&area=vaerebro-park&year=2024", "indicator")]
    public async Task A_filter_in_another_case_is_an_unknown_code(string url, string parameter)
    {
        var problem = await GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.NotEmpty(ErrorsFor(problem, parameter));
    }

    [SkippableFact]
    public async Task A_figure_for_a_code_in_another_case_is_refused_and_nothing_is_written()
    {
        using var response = await AdminClient.PostAsJsonAsync("/api/v1/observations",
            new { indicator = "FEEL-SAFE", area = "Vaerebro-Park", year = 2024, value = 80.0 });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains((1, "indicator"), WriteTestSupport.Rows(problem));
        Assert.Contains((1, "area"), WriteTestSupport.Rows(problem));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM observation"));
    }

    [SkippableFact]
    public async Task Lists_sort_codes_byte_by_byte()
    {
        string[] organisations = ["zz-bolig", "aab-bolig", "b-bolig", "ab-bolig", "a-bolig", "a1-bolig", "aa-bolig"];
        foreach (var code in organisations)
        {
            using var created = await AdminClient.PostAsJsonAsync("/api/v1/admin/organisations",
                new { code, name = new { da = code, en = code }, kind = "housing-organisation" });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        string[] areas = ["aab-omr", "b-omr", "ab-omr", "aa-omr"];
        foreach (var code in areas)
        {
            using var created = await AdminClient.PostAsJsonAsync("/api/v1/admin/areas",
                new { code, name = new { da = code, en = code }, kind = "housing-area", parent = "gladsaxe", sortOrder = 900 });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        var listedOrganisations = (await GetJsonAsync("/api/v1/organisations")).EnumerateArray()
            .Select(o => o.GetProperty("code").GetString()!).ToList();
        var listedAreas = (await GetJsonAsync("/api/v1/areas?kind=housing-area")).EnumerateArray()
            .Select(a => a.GetProperty("code").GetString()!).Where(areas.Contains).ToList();

        Assert.Equal(listedOrganisations.Order(StringComparer.Ordinal), listedOrganisations);
        Assert.Superset(organisations.ToHashSet(), listedOrganisations.ToHashSet());
        Assert.Equal(areas.Order(StringComparer.Ordinal), listedAreas);
        Assert.Equal(organisations.Length, await ScalarAsync("SELECT COUNT(*) FROM organisation WHERE code LIKE '%-bolig'"));
    }
}

public sealed class CodeIdentitySqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : CodeIdentityTests<SqliteTestDatabase>(fixture);

public sealed class CodeIdentitySqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : CodeIdentityTests<SqlServerTestDatabase>(fixture);

public sealed class CodeIdentityDanishSqlServerTests(ApiFixture<DanishSqlServerTestDatabase> fixture)
    : CodeIdentityTests<DanishSqlServerTestDatabase>(fixture);
