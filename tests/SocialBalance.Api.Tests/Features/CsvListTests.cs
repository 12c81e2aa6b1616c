using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>Every list answers RFC 4180 CSV on request, with the same filters as its JSON.</summary>
public abstract class CsvListTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData("/api/v1/effect-goals", "code,name_da,name_en,themes", 3)]
    [InlineData("/api/v1/themes", "code,name_da,name_en,effect_goal", 9)]
    [InlineData("/api/v1/themes?effectGoal=mix-more", "code,name_da,name_en,effect_goal", 3)]
    [InlineData("/api/v1/indicators", "code,name_da,name_en,definition_da,definition_en,theme,unit,direction,min_value,max_value,decimals,source,supplier", 15)]
    [InlineData("/api/v1/areas", "code,name_da,name_en,kind,parent", 7)]
    [InlineData("/api/v1/areas?kind=social-balance-area", "code,name_da,name_en,kind,parent", 3)]
    public async Task A_list_as_csv_has_a_header_and_a_row_per_item(string url, string header, int rows)
    {
        var records = await GetCsvAsync(url);

        Assert.Equal(header, string.Join(',', records[0]));
        Assert.Equal(rows, records.Count - 1);
        Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
    }

    [SkippableFact]
    public async Task Fields_with_commas_quotes_and_non_ascii_survive_the_round_trip()
    {
        var records = await GetCsvAsync("/api/v1/indicators");
        var json = await GetJsonAsync("/api/v1/indicators");

        var convicted = records.Single(r => r[0] == "convicted");
        var expected = json.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "convicted");
        // The definition holds commas; the Danish name holds "ø".
        Assert.Equal(expected.GetProperty("definition").GetProperty("en").GetString(), convicted[4]);
        Assert.Equal("Dømte beboere", convicted[1]);
        Assert.Equal("2", convicted[10]);

        var goals = await GetCsvAsync("/api/v1/effect-goals");
        Assert.Equal("health;self-sufficiency;citizenship", goals[1][3]);
    }

    [SkippableFact]
    public async Task Csv_filters_are_validated_like_json_filters()
    {
        using var response = await GetAcceptingAsync("/api/v1/areas?kind=village", "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class CsvListSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : CsvListTests<SqliteTestDatabase>(fixture);

public sealed class CsvListSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : CsvListTests<SqlServerTestDatabase>(fixture);
