using System.Text;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Provenance;

/// <summary>
/// The grants an organisation holds, as the migration seeds them and as an admin key changes them, and each
/// indicator's supplier, in the public lists.
/// </summary>
public abstract class GrantAdministrationTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string Grant = "/api/v1/admin/organisations/fsb/indicators/youth-leisure";

    private static readonly string[] MunicipalityIndicators =
        ["association-members", "daycare-mix", "feel-safe", "good-health", "outside-visitors", "positive-image", "youth-leisure"];

    private async Task<JsonElement> OrganisationAsync(string code) =>
        (await GetJsonAsync("/api/v1/organisations")).EnumerateArray().Single(o => o.GetProperty("code").GetString() == code);

    private static string[] Strings(JsonElement organisation, string property) =>
        organisation.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    private Task<long> GrantCountAsync(string organisation, string indicator) =>
        ScalarAsync("SELECT COUNT(*) FROM organisation_indicator WHERE organisation_code = @Organisation AND indicator_code = @Indicator",
            new { Organisation = organisation, Indicator = indicator });

    [SkippableFact]
    public async Task The_migration_grants_each_organisation_what_its_kind_supplies_and_never_an_official_source()
    {
        foreach (var housing in new[] { "gab", "aab", "abg", "lejerbo", "fsb", "3b" })
        {
            Assert.Equal(["new-tenants-working"], Strings(await OrganisationAsync(housing), "indicators"));
        }

        var municipality = await OrganisationAsync("gladsaxe-kommune");
        Assert.Equal(MunicipalityIndicators, Strings(municipality, "indicators"));
        Assert.Equal(["gladsaxe", "hoeje-gladsaxe", "moerkhoej", "pileparkerne", "vaerebro-park"], Strings(municipality, "areas"));
        Assert.Equal(["vaerebro-park"], Strings(await OrganisationAsync("gab"), "areas"));
        string[] official = ["outside-work-education", "primary-school-only", "gross-income", "convicted", "non-western", "voter-turnout", "residents"];
        Assert.All((await GetJsonAsync("/api/v1/organisations")).EnumerateArray(), o => Assert.Empty(Strings(o, "indicators").Intersect(official)));
    }

    [SkippableFact]
    public async Task Every_indicator_states_its_supplier_in_json_and_csv()
    {
        var suppliers = (await GetJsonAsync("/api/v1/indicators")).EnumerateArray()
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("supplier").GetString());
        Assert.Equal("ministry", suppliers["non-western"]);
        Assert.Equal("ministry", suppliers["outside-work-education"]);
        Assert.Equal("statistics-denmark", suppliers["residents"]);
        Assert.Equal("statistics-denmark", suppliers["voter-turnout"]);
        Assert.Equal("housing-organisation", suppliers["new-tenants-working"]);
        Assert.All(MunicipalityIndicators, code => Assert.Equal("municipality", suppliers[code]));

        var csv = await GetCsvAsync("/api/v1/indicators");
        var column = Array.IndexOf(csv[0], "supplier");
        Assert.Equal(suppliers.OrderBy(s => s.Key, StringComparer.Ordinal),
            csv.Skip(1).Select(r => KeyValuePair.Create(r[0], (string?)r[column])).OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task An_admin_grants_and_withdraws_an_indicator_and_the_lists_show_it()
    {
        using (var granted = await AdminClient.PutAsync(Grant, null))
        using (var again = await AdminClient.PutAsync(Grant, null))
        {
            Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (granted.StatusCode, again.StatusCode));
        }

        Assert.Equal(1, await GrantCountAsync("fsb", "youth-leisure"));
        Assert.Contains("youth-leisure", Strings(await OrganisationAsync("fsb"), "indicators"));
        using (var record = await AdminClient.GetAsync("/api/v1/admin/organisations/fsb"))
        {
            Assert.Contains("youth-leisure", Strings(await record.JsonAsync(HttpStatusCode.OK), "indicators"));
        }

        using (var withdrawn = await AdminClient.DeleteAsync(Grant))
        {
            Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        }

        Assert.Equal(0, await GrantCountAsync("fsb", "youth-leisure"));
        Assert.DoesNotContain("youth-leisure", Strings(await OrganisationAsync("fsb"), "indicators"));
        using var gone = await AdminClient.DeleteAsync(Grant);
        await ProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [InlineData("PUT", "/api/v1/admin/organisations/nobody/indicators/feel-safe")]
    [InlineData("PUT", "/api/v1/admin/organisations/fsb/indicators/no-such-indicator")]
    [InlineData("DELETE", "/api/v1/admin/organisations/nobody/indicators/feel-safe")]
    [InlineData("DELETE", "/api/v1/admin/organisations/fsb/indicators/no-such-indicator")]
    public async Task An_unknown_organisation_or_indicator_is_404_and_grants_nothing(string method, string path)
    {
        var before = await ScalarAsync("SELECT COUNT(*) FROM organisation_indicator");

        using var response = await AdminClient.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM organisation_indicator"));
    }

    [SkippableTheory]
    [InlineData("non-western")]
    [InlineData("residents")]
    public async Task An_indicator_of_an_official_source_is_never_granted(string indicator)
    {
        using var response = await AdminClient.PutAsync($"/api/v1/admin/organisations/gab/indicators/{indicator}", null);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ErrorsFor(problem, "indicator"));
        Assert.Equal(0, await GrantCountAsync("gab", indicator));
    }

    [SkippableFact]
    public async Task Only_an_admin_key_grants_or_withdraws_and_nothing_changes_otherwise()
    {
        using var reporter = await ReporterClientAsync("fsb");
        var before = await ScalarAsync("SELECT COUNT(*) FROM organisation_indicator");

        using var anonymousGrant = await Client.PutAsync("/api/v1/admin/organisations/fsb/indicators/feel-safe", null);
        using var reporterGrant = await reporter.PutAsync("/api/v1/admin/organisations/fsb/indicators/feel-safe", null);
        using var anonymousWithdraw = await Client.DeleteAsync("/api/v1/admin/organisations/fsb/indicators/new-tenants-working");
        using var reporterWithdraw = await reporter.DeleteAsync("/api/v1/admin/organisations/fsb/indicators/new-tenants-working");

        await ProblemAsync(anonymousGrant, HttpStatusCode.Unauthorized);
        await ProblemAsync(anonymousWithdraw, HttpStatusCode.Unauthorized);
        await ProblemAsync(reporterGrant, HttpStatusCode.Forbidden);
        await ProblemAsync(reporterWithdraw, HttpStatusCode.Forbidden);
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM organisation_indicator"));
    }

    [SkippableFact]
    public async Task An_indicator_that_becomes_an_official_source_is_no_longer_reported_by_anyone()
    {
        using (var created = await AdminClient.CreateShareIndicatorAsync(
                   "playground-use", "Brug af legepladser", "Playground use", "Andel børn, der bruger legepladsen.", "Share of children using the playground.", 98))
        {
            Assert.Equal("municipality", (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("content").GetProperty("supplier").GetString());
        }

        // An organisation of its own, so the seeded grants the other tests read stay as they are.
        using (var organisation = await AdminClient.PostAsJsonAsync("/api/v1/admin/organisations",
                   new { code = "bo-vita", name = new { da = "Bo-Vita", en = "Bo-Vita" }, kind = "housing-organisation" }))
        using (var linked = await AdminClient.PutAsync("/api/v1/admin/organisations/bo-vita/areas/moerkhoej", null))
        {
            Assert.Equal((HttpStatusCode.Created, HttpStatusCode.NoContent), (organisation.StatusCode, linked.StatusCode));
        }

        using var boVita = await ReporterClientAsync("bo-vita", "playground-use");
        using (var posted = await boVita.PostFigureAsync(new { indicator = "playground-use", area = "moerkhoej", year = 2020, value = 60 }))
        {
            await posted.JsonAsync(HttpStatusCode.Created);
        }

        using var read = await AdminClient.GetAsync("/api/v1/admin/indicators/playground-use");
        var content = (await read.JsonAsync(HttpStatusCode.OK)).GetProperty("content").GetRawText().Replace("\"municipality\"", "\"statistics-denmark\"", StringComparison.Ordinal);
        using var update = new HttpRequestMessage(HttpMethod.Put, "/api/v1/admin/indicators/playground-use") { Content = new StringContent(content, Encoding.UTF8, "application/json") };
        update.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        using (var updated = await AdminClient.SendAsync(update))
        {
            Assert.Equal("statistics-denmark", (await updated.JsonAsync(HttpStatusCode.OK)).GetProperty("content").GetProperty("supplier").GetString());
        }

        using var refused = await boVita.PostFigureAsync(new { indicator = "playground-use", area = "moerkhoej", year = 2020, value = 61 });
        Assert.Equal([(1, "indicator")], WriteTestSupport.Rows(await ProblemAsync(refused, HttpStatusCode.Forbidden)));
        Assert.Equal(60, await ScalarAsync("SELECT value FROM observation WHERE indicator_code = 'playground-use' AND area_code = 'moerkhoej' AND year = 2020"));
        var listed = (await GetJsonAsync("/api/v1/indicators")).EnumerateArray().Single(i => i.GetProperty("code").GetString() == "playground-use");
        Assert.Equal("statistics-denmark", listed.GetProperty("supplier").GetString());
    }

    [SkippableFact]
    public async Task An_unknown_supplier_is_a_validation_problem_naming_supplier()
    {
        using var response = await AdminClient.PostAsJsonAsync("/api/v1/admin/indicators", new
        {
            code = "green-space",
            content = new
            {
                name = new { da = "Grønne arealer", en = "Green space" },
                definition = new { da = "Andel grønne arealer.", en = "Share of green space." },
                theme = "city-life",
                unit = "%",
                direction = "higher-is-better",
                minValue = 0,
                maxValue = 100,
                decimals = 0,
                source = "Gladsaxe Kommune",
                supplier = "anyone",
                sortOrder = 99,
            },
        });

        Assert.NotEmpty(ErrorsFor(await ProblemAsync(response, HttpStatusCode.BadRequest), "content.supplier"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM indicator WHERE code = 'green-space'"));
    }
}

public sealed class GrantAdministrationSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : GrantAdministrationTests<SqliteTestDatabase>(fixture);

public sealed class GrantAdministrationSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : GrantAdministrationTests<SqlServerTestDatabase>(fixture);
