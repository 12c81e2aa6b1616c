using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class ThemeApiTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Lists_the_nine_themes_each_with_its_effect_goal()
    {
        var themes = await GetJsonAsync("/api/v1/themes");

        Assert.Equal(
            ["health", "self-sufficiency", "citizenship", "institution-mix", "leisure-mix", "resident-mix", "safety", "city-life", "image"],
            Codes(themes));
        var mix = themes[5];
        Assert.Equal("Blandet beboersammensætning", mix.GetProperty("name").GetProperty("da").GetString());
        Assert.Equal("mix-more", mix.GetProperty("effectGoal").GetProperty("code").GetString());
        Assert.Equal("We mix more with each other", mix.GetProperty("effectGoal").GetProperty("name").GetProperty("en").GetString());
    }

    [SkippableFact]
    public async Task Filters_by_effect_goal()
    {
        var themes = await GetJsonAsync("/api/v1/themes?effectGoal=do-better");

        Assert.Equal(["health", "self-sufficiency", "citizenship"], Codes(themes));
    }

    [SkippableFact]
    public async Task One_theme_has_its_indicators_with_unit_and_direction()
    {
        var theme = await GetJsonAsync("/api/v1/themes/safety");

        Assert.Equal("attractive-districts", theme.GetProperty("effectGoal").GetProperty("code").GetString());
        var indicators = theme.GetProperty("indicators");
        Assert.Equal(["convicted", "feel-safe"], Codes(indicators));
        Assert.Equal("lower-is-better", indicators[0].GetProperty("direction").GetString());
        Assert.Equal("%", indicators[0].GetProperty("unit").GetString());
        Assert.Equal("Tryghed i området", indicators[1].GetProperty("name").GetProperty("da").GetString());
    }

    [SkippableFact]
    public async Task Unknown_effect_goal_filter_is_a_400_naming_the_parameter_and_the_code()
    {
        var problem = await GetProblemAsync("/api/v1/themes?effectGoal=do-better,nonsense", HttpStatusCode.BadRequest);

        var message = Assert.Single(ErrorsFor(problem, "effectGoal"));
        Assert.Contains("nonsense", message);
        Assert.DoesNotContain("do-better", message);
    }

    [SkippableFact]
    public async Task Empty_code_in_a_filter_is_a_400()
    {
        var problem = await GetProblemAsync("/api/v1/themes?effectGoal=do-better,,mix-more", HttpStatusCode.BadRequest);

        Assert.Contains("empty code", Assert.Single(ErrorsFor(problem, "effectGoal")));
    }

    [SkippableFact]
    public async Task Unknown_theme_is_a_404_problem()
    {
        var problem = await GetProblemAsync("/api/v1/themes/weather", HttpStatusCode.NotFound);

        Assert.Contains("weather", problem.GetProperty("title").GetString());
    }
}

public sealed class ThemeApiSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : ThemeApiTests<SqliteTestDatabase>(fixture);

public sealed class ThemeApiSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : ThemeApiTests<SqlServerTestDatabase>(fixture);
