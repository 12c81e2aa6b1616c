using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// The derived endpoints do what their contract says: a non-numeric id is a 400 naming <c>id</c>, an unknown area
/// is a 404 before any complaint about the query, a year after the latest figure is a 400 naming the latest year,
/// and a parameter that takes one code is described as taking one.
/// </summary>
public abstract class ContractPromiseTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData("/api/v1/targets/abc/progress")]
    [InlineData("/api/v1/targets/abc")]
    [InlineData("/api/v1/targets/99999999999")]
    [InlineData("/api/v1/imports/abc")]
    public async Task A_malformed_id_is_a_400_naming_id(string url)
    {
        using var response = await AdminClient.GetAsync(url);

        Assert.Contains("whole number", Assert.Single(ErrorsFor(await ProblemAsync(response, HttpStatusCode.BadRequest), "id")), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/api/v1/areas/nope/list-status")]
    [InlineData("/api/v1/areas/nope/list-status?year=1066")]
    [InlineData("/api/v1/areas/nope/list-status?year=2024&watchMargin=7")]
    public async Task An_unknown_area_is_a_404_before_any_complaint_about_the_query(string url)
    {
        var problem = await GetProblemAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("'nope'", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_known_area_without_a_year_still_gets_the_400_naming_year()
    {
        Assert.NotEmpty(ErrorsFor(await GetProblemAsync("/api/v1/areas/vaerebro-park/list-status", HttpStatusCode.BadRequest), "year"));
    }

    [SkippableTheory]
    [InlineData("/api/v1/comparisons")]
    [InlineData("/api/v1/comparisons/themes")]
    [InlineData("/api/v1/ambition")]
    public async Task A_year_after_the_latest_figure_is_a_400_naming_year_and_the_latest_year(string path)
    {
        var latest = await ScalarAsync("SELECT MAX(year) FROM observation WHERE retracted_at IS NULL");

        var problem = await GetProblemAsync($"{path}?year={latest + 1}", HttpStatusCode.BadRequest);

        Assert.Contains($"latest year with figures ({latest})", Assert.Single(ErrorsFor(problem, "year")), StringComparison.Ordinal);
        await GetJsonAsync($"{path}?year={latest}");
    }

    [SkippableFact]
    public async Task The_latest_year_follows_the_figures_the_api_shows()
    {
        var latest = await ScalarAsync("SELECT MAX(year) FROM observation WHERE retracted_at IS NULL");
        var later = latest + 1;
        await AdminClient.PostFiguresAsync(("feel-safe", "moerkhoej", (int)later, 50.0));

        await GetJsonAsync($"/api/v1/ambition?year={later}");

        await AdminClient.RetractStandingAsync("feel-safe", "moerkhoej", (int)later);

        Assert.NotEmpty(ErrorsFor(await GetProblemAsync($"/api/v1/ambition?year={later}", HttpStatusCode.BadRequest), "year"));
    }

    [SkippableTheory]
    [InlineData("/api/v1/progress", "get", "indicator")]
    [InlineData("/api/v1/observations", "delete", "indicator")]
    [InlineData("/api/v1/observations", "delete", "area")]
    [InlineData("/api/v1/observations/history", "get", "indicator")]
    public async Task A_parameter_that_takes_one_code_is_described_so(string path, string method, string name)
    {
        var document = await GetJsonAsync("/swagger/v1/swagger.json");

        var parameter = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
        var description = parameter.GetProperty("description").GetString()!;
        Assert.StartsWith("One ", description, StringComparison.Ordinal);
        Assert.DoesNotContain("or more", description, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/api/v1/comparisons?reference=")]
    [InlineData("/api/v1/comparisons?reference=&areas=vaerebro-park")]
    [InlineData("/api/v1/comparisons/themes?reference=,")]
    public async Task An_empty_reference_is_a_400_naming_it(string url) =>
        Assert.NotEmpty(ErrorsFor(await GetProblemAsync(url, HttpStatusCode.BadRequest), "reference"));

    [SkippableFact]
    public async Task Progress_refuses_several_indicators_naming_the_field()
    {
        var problem = await GetProblemAsync("/api/v1/progress?indicator=feel-safe,convicted", HttpStatusCode.BadRequest);

        Assert.Contains("exactly one", Assert.Single(ErrorsFor(problem, "indicator")), StringComparison.Ordinal);
    }
}

public sealed class ContractPromiseSqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : ContractPromiseTests<SqliteTestDatabase>(fixture);

public sealed class ContractPromiseSqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : ContractPromiseTests<SqlServerTestDatabase>(fixture);
