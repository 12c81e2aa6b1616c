using Dapper;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class EffectGoalApiTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Lists_the_three_effect_goals_in_order_with_their_themes()
    {
        var goals = await GetJsonAsync("/api/v1/effect-goals");

        Assert.Equal(["do-better", "mix-more", "attractive-districts"], Codes(goals));
        var first = goals[0];
        Assert.Equal("Flere skal klare sig bedre", first.GetProperty("name").GetProperty("da").GetString());
        Assert.Equal("More people do better", first.GetProperty("name").GetProperty("en").GetString());
        Assert.Equal(["health", "self-sufficiency", "citizenship"], Codes(first.GetProperty("themes")));
        Assert.Equal(9, goals.EnumerateArray().Sum(g => g.GetProperty("themes").GetArrayLength()));
    }

    [SkippableFact]
    public async Task One_effect_goal_has_its_themes_with_both_names()
    {
        var goal = await GetJsonAsync("/api/v1/effect-goals/attractive-districts");

        Assert.Equal("Vi skal gå fra udsatte boligområder til attraktive bydele", goal.GetProperty("name").GetProperty("da").GetString());
        var themes = goal.GetProperty("themes");
        Assert.Equal(["safety", "city-life", "image"], Codes(themes));
        Assert.Equal("Tryghed", themes[0].GetProperty("name").GetProperty("da").GetString());
        Assert.Equal("Safety", themes[0].GetProperty("name").GetProperty("en").GetString());
    }

    [SkippableFact]
    public async Task A_theme_moved_to_another_goal_in_the_database_shows_under_that_goal()
    {
        // The theme → goal link is data: changing the row changes the answer, no release needed.
        await using (var db = await OpenDbAsync())
        {
            await db.ExecuteAsync("UPDATE theme SET effect_goal_code = 'mix-more' WHERE code = 'image'");
        }

        await PastTheDataVersionBoundAsync();
        try
        {
            var goal = await GetJsonAsync("/api/v1/effect-goals/mix-more");
            Assert.Contains("image", Codes(goal.GetProperty("themes")));
        }
        finally
        {
            await using var db = await OpenDbAsync();
            await db.ExecuteAsync("UPDATE theme SET effect_goal_code = 'attractive-districts' WHERE code = 'image'");
            await PastTheDataVersionBoundAsync();
        }
    }

    [SkippableFact]
    public async Task Unknown_code_is_a_404_problem_naming_the_code()
    {
        var problem = await GetProblemAsync("/api/v1/effect-goals/be-happy", HttpStatusCode.NotFound);

        Assert.Contains("be-happy", problem.GetProperty("title").GetString());
        Assert.Equal("/api/v1/effect-goals/be-happy", problem.GetProperty("instance").GetString());
    }
}

public sealed class EffectGoalApiSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : EffectGoalApiTests<SqliteTestDatabase>(fixture);

public sealed class EffectGoalApiSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : EffectGoalApiTests<SqlServerTestDatabase>(fixture);
