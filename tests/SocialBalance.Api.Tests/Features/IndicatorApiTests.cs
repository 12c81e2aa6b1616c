using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class IndicatorApiTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task The_catalogue_covers_every_theme_with_complete_metadata()
    {
        var indicators = await GetJsonAsync("/api/v1/indicators");

        Assert.Equal(15, indicators.GetArrayLength());
        var themes = indicators.EnumerateArray().Select(i => i.GetProperty("theme").GetProperty("code").GetString()).ToHashSet();
        Assert.Equal(9, themes.Count);
        foreach (var indicator in indicators.EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(indicator.GetProperty("definition").GetProperty("da").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(indicator.GetProperty("definition").GetProperty("en").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(indicator.GetProperty("source").GetString()));
            Assert.Contains(indicator.GetProperty("direction").GetString(), new[] { "higher-is-better", "lower-is-better", "neutral" });
        }
    }

    [SkippableFact]
    public async Task One_indicator_has_all_its_metadata()
    {
        var gross = await GetJsonAsync("/api/v1/indicators/gross-income");

        Assert.Equal("Gennemsnitlig bruttoindkomst", gross.GetProperty("name").GetProperty("da").GetString());
        Assert.Equal("Average gross income", gross.GetProperty("name").GetProperty("en").GetString());
        Assert.Contains("15–64", gross.GetProperty("definition").GetProperty("en").GetString());
        Assert.Equal("self-sufficiency", gross.GetProperty("theme").GetProperty("code").GetString());
        Assert.Equal("DKK/year", gross.GetProperty("unit").GetString());
        Assert.Equal("higher-is-better", gross.GetProperty("direction").GetString());
        Assert.Equal(0, gross.GetProperty("validRange").GetProperty("min").GetDouble());
        Assert.Equal(10_000_000, gross.GetProperty("validRange").GetProperty("max").GetDouble());
        Assert.Equal(0, gross.GetProperty("decimals").GetInt32());
    }

    [SkippableFact]
    public async Task Filters_by_theme()
    {
        var indicators = await GetJsonAsync("/api/v1/indicators?theme=resident-mix");

        Assert.Equal(["new-tenants-working", "non-western", "residents"], Codes(indicators));
        Assert.Equal("neutral", indicators[1].GetProperty("direction").GetString());
    }

    [SkippableFact]
    public async Task Unknown_theme_filter_is_a_400_naming_the_parameter()
    {
        var problem = await GetProblemAsync("/api/v1/indicators?theme=sport", HttpStatusCode.BadRequest);

        Assert.Contains("sport", Assert.Single(ErrorsFor(problem, "theme")));
    }

    [SkippableFact]
    public async Task Unknown_indicator_is_a_404_problem()
    {
        var problem = await GetProblemAsync("/api/v1/indicators/happiness", HttpStatusCode.NotFound);

        Assert.Contains("happiness", problem.GetProperty("title").GetString());
    }
}

public sealed class IndicatorApiSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : IndicatorApiTests<SqliteTestDatabase>(fixture);

public sealed class IndicatorApiSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : IndicatorApiTests<SqlServerTestDatabase>(fixture);
