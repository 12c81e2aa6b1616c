using SocialBalance.Api.Tests.Features;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Http;

/// <summary>Strong ETags on every GET; If-None-Match answers 304 while nothing changed, 200 once a figure did.</summary>
public abstract class ConditionalGetTests<TDatabase>(ObservationFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ObservationFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData("/api/v1/areas/gladsaxe")]
    [InlineData("/api/v1/indicators")]
    [InlineData("/api/v1/observations?indicator=feel-safe")]
    public async Task A_repeated_get_with_the_etag_is_a_304_without_body(string url)
    {
        using var first = await Client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", first.Headers.Vary);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task Json_and_csv_of_the_same_list_have_different_etags()
    {
        using var json = await Client.GetAsync("/api/v1/areas");
        using var csv = await GetAcceptingAsync("/api/v1/areas", "text/csv");

        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
    }

    [SkippableFact]
    public async Task A_figure_changed_straight_in_the_database_changes_the_etag_within_the_bound()
    {
        const string url = "/api/v1/observations?indicator=convicted&area=gladsaxe&from=2018&to=2018";
        using var before = await Client.GetAsync(url);
        var etag = before.Headers.ETag!;

        await using (var db = await OpenDbAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(db, "UPDATE observation SET value = value + 1 WHERE indicator_code = 'convicted' AND area_code = 'gladsaxe' AND year = 2018");
        }

        await PastTheDataVersionBoundAsync();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            using var after = await Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.NotEqual(etag, after.Headers.ETag);
            var page = await after.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(2.25, page.GetProperty("items")[0].GetProperty("value").GetDouble());
        }
        finally
        {
            await using var db = await OpenDbAsync();
            await Dapper.SqlMapper.ExecuteAsync(db, "UPDATE observation SET value = value - 1 WHERE indicator_code = 'convicted' AND area_code = 'gladsaxe' AND year = 2018");
            await PastTheDataVersionBoundAsync();
        }
    }

    [SkippableFact]
    public async Task Problems_get_no_etag()
    {
        using var response = await Client.GetAsync("/api/v1/areas/atlantis");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}

public sealed class ConditionalGetSqliteTests(ObservationFixture<SqliteTestDatabase> fixture)
    : ConditionalGetTests<SqliteTestDatabase>(fixture);

public sealed class ConditionalGetSqlServerTests(ObservationFixture<SqlServerTestDatabase> fixture)
    : ConditionalGetTests<SqlServerTestDatabase>(fixture);
