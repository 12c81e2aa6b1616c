using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

public abstract class ObservationApiTests<TDatabase>(ObservationFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ObservationFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static readonly string[] AllAreas = ObservationFixture<TDatabase>.Areas;

    [SkippableFact]
    public async Task Lists_every_figure_in_catalogue_order_with_its_metadata()
    {
        var page = await GetJsonAsync("/api/v1/observations");

        Assert.Equal(ObservationFixture<TDatabase>.Count, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(100, page.GetProperty("pageSize").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(30, items.Count);
        // convicted (catalogue 4th) before feel-safe (5th); areas in their own order; then years.
        var keys = items.Select(i => (i.GetProperty("indicator").GetString(), i.GetProperty("area").GetString(), i.GetProperty("year").GetInt32())).ToList();
        var expected = (from indicator in new[] { "convicted", "feel-safe" }
                        from area in AllAreas
                        from year in Enumerable.Range(2018, 5)
                        select ((string?)indicator, (string?)area, year)).ToList();
        Assert.Equal(expected, keys);

        var official = items.Single(i => i.GetProperty("indicator").GetString() == "feel-safe"
            && i.GetProperty("area").GetString() == "vaerebro-park" && i.GetProperty("year").GetInt32() == 2020);
        Assert.Equal(91, official.GetProperty("value").GetDouble());
        Assert.Equal("%", official.GetProperty("unit").GetString());
        Assert.Equal("official", official.GetProperty("status").GetString());
        Assert.Equal("Danmarks Statistik, tabel X, \"2020\"", official.GetProperty("source").GetString());
        Assert.Equal(Figures.ArrangedAt, official.GetProperty("lastUpdated").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, official.GetProperty("numerator").ValueKind);
    }

    [SkippableFact]
    public async Task Filters_by_several_indicators_areas_and_a_year_range()
    {
        var page = await GetJsonAsync("/api/v1/observations?indicator=feel-safe&area=vaerebro-park,gladsaxe&from=2019&to=2020");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [("gladsaxe", 2019, 70.5), ("gladsaxe", 2020, 71.0), ("vaerebro-park", 2019, 90.5), ("vaerebro-park", 2020, 91.0)],
            items.Select(i => (i.GetProperty("area").GetString()!, i.GetProperty("year").GetInt32(), i.GetProperty("value").GetDouble())).ToList());
        Assert.All(items, i => Assert.Equal("feel-safe", i.GetProperty("indicator").GetString()));
    }

    [SkippableFact]
    public async Task Numerator_and_denominator_come_back_where_known()
    {
        var page = await GetJsonAsync("/api/v1/observations?indicator=convicted&area=hoeje-gladsaxe&from=2022");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(50, item.GetProperty("numerator").GetDouble());
        Assert.Equal(4000, item.GetProperty("denominator").GetDouble());
        Assert.Equal(13.25, item.GetProperty("value").GetDouble());
    }

    [SkippableFact]
    public async Task Pages_have_stable_contents_and_links_to_neighbours()
    {
        var second = await GetJsonAsync("/api/v1/observations?indicator=convicted,feel-safe&pageSize=7&page=2");
        var all = await GetJsonAsync("/api/v1/observations?pageSize=1000");

        Assert.Equal(30, second.GetProperty("totalCount").GetInt32());
        Assert.Equal(7, second.GetProperty("pageSize").GetInt32());
        var expected = all.GetProperty("items").EnumerateArray().Skip(7).Take(7).Select(i => i.GetRawText());
        Assert.Equal(expected, second.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()));

        var links = second.GetProperty("links");
        Assert.Equal("/api/v1/observations?indicator=convicted,feel-safe&pageSize=7&page=3", links.GetProperty("next").GetString());
        Assert.Equal("/api/v1/observations?indicator=convicted,feel-safe&pageSize=7&page=1", links.GetProperty("previous").GetString());
        Assert.Equal("/api/v1/observations?indicator=convicted,feel-safe&pageSize=7&page=5", links.GetProperty("last").GetString());

        // Following the links walks every figure exactly once.
        var seen = new List<string>();
        string? next = links.GetProperty("first").GetString();
        while (next is not null)
        {
            var page = await GetJsonAsync(next);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()));
            next = page.GetProperty("links").GetProperty("next").GetString();
        }

        Assert.Equal(all.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()), seen);
    }

    [SkippableFact]
    public async Task A_page_past_the_end_is_empty_and_points_back()
    {
        var page = await GetJsonAsync("/api/v1/observations?pageSize=10&page=9");

        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(30, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("links").GetProperty("next").ValueKind);
        Assert.EndsWith("page=3", page.GetProperty("links").GetProperty("previous").GetString());
    }

    [SkippableTheory]
    [InlineData("from=2021&to=2019", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=5000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("from=twenty", "from")]
    [InlineData("from=1066", "from")]
    [InlineData("indicator=feel-safe,happiness", "indicator")]
    [InlineData("area=atlantis", "area")]
    [InlineData("area=", "area")]
    [InlineData("indicatr=feel-safe", "indicatr")]
    public async Task A_malformed_or_contradictory_query_is_a_400_naming_the_parameter(string query, string field)
    {
        var problem = await GetProblemAsync($"/api/v1/observations?{query}", HttpStatusCode.BadRequest);

        var message = Assert.Single(ErrorsFor(problem, field));
        Assert.DoesNotContain("Exception", message);
        Assert.False(problem.TryGetProperty("exception", out _));
    }

    [SkippableFact]
    public async Task Unknown_codes_are_each_named()
    {
        var problem = await GetProblemAsync("/api/v1/observations?indicator=happiness,feel-safe,joy&area=gladsaxe,atlantis", HttpStatusCode.BadRequest);

        var indicatorMessage = Assert.Single(ErrorsFor(problem, "indicator"));
        Assert.Contains("happiness, joy", indicatorMessage);
        Assert.Contains("atlantis", Assert.Single(ErrorsFor(problem, "area")));
    }

    [SkippableFact]
    public async Task Csv_has_every_matching_figure_without_a_page_limit()
    {
        var rows = await GetCsvAsync("/api/v1/observations?pageSize=5&area=vaerebro-park");

        Assert.Equal(["indicator", "area", "year", "value", "unit", "numerator", "denominator", "status", "source", "note", "last_updated", "retracted"], rows[0]);
        Assert.Equal(10, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("vaerebro-park", r[1]));
        var noted = rows.Single(r => r[0] == "feel-safe" && r[2] == "2021");
        Assert.Equal("91.5", noted[3]);
        Assert.Equal("Survey moved, first line\nsecond line", noted[9]);
        var official = rows.Single(r => r[0] == "feel-safe" && r[2] == "2020");
        Assert.Equal("Danmarks Statistik, tabel X, \"2020\"", official[8]);
        Assert.Equal("2024-03-01T12:00:00Z", official[10]);
    }

    [SkippableFact]
    public async Task Csv_numbers_are_invariant_whatever_the_server_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("da-DK");
        try
        {
            var rows = await GetCsvAsync("/api/v1/observations?indicator=convicted&area=gladsaxe&from=2019&to=2019");

            Assert.Equal("1.75", Assert.Single(rows.Skip(1))[3]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [SkippableFact]
    public async Task Csv_is_chosen_by_quality_and_json_stays_the_default()
    {
        using var json = await GetAcceptingAsync("/api/v1/observations?pageSize=1", "text/csv;q=0.5, application/json");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);

        using var csv = await GetAcceptingAsync("/api/v1/observations?pageSize=1", "application/json;q=0.4, text/csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Csv_validation_errors_are_still_problems()
    {
        using var response = await GetAcceptingAsync("/api/v1/observations?from=2030&to=2020", "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class ObservationApiSqliteTests(ObservationFixture<SqliteTestDatabase> fixture)
    : ObservationApiTests<SqliteTestDatabase>(fixture);

public sealed class ObservationApiSqlServerTests(ObservationFixture<SqlServerTestDatabase> fixture)
    : ObservationApiTests<SqlServerTestDatabase>(fixture);
