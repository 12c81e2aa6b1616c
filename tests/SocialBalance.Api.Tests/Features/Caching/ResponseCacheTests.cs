using Dapper;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Features.Caching;

/// <summary>
/// Public GETs are answered from memory while the database's change counters stand still (Cache-Status says which);
/// a write through this instance is seen by the very next read, one through another instance or straight in the
/// database once the data version's bound (<c>Limits:DataVersionMaxAge</c>, one second by default) has passed.
/// </summary>
public abstract class ResponseCacheTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string Stored = "SocialBalance.Api; fwd=miss; stored";
    private const string Hit = "SocialBalance.Api; hit";

    [SkippableFact]
    public async Task A_repeated_public_read_is_answered_from_the_cache()
    {
        const string Url = "/api/v1/indicators?theme=safety";
        using var first = await Client.GetAsync(Url);
        using var second = await Client.GetAsync(Url);

        Assert.Equal(Stored, CacheStatus(first));
        Assert.Equal(Hit, CacheStatus(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal("public, no-cache", second.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", second.Headers.Vary);
    }

    [SkippableFact]
    public async Task Json_and_csv_of_one_list_are_kept_apart()
    {
        const string Url = "/api/v1/effect-goals";
        using var json = await Client.GetAsync(Url);
        using var csv = await GetAcceptingAsync(Url, "text/csv");
        using var csvAgain = await GetAcceptingAsync(Url, "text/csv");

        Assert.Equal(Stored, CacheStatus(csv));
        Assert.Equal(Hit, CacheStatus(csvAgain));
        Assert.Equal("text/csv", csvAgain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(csv.Content.Headers.ContentDisposition, csvAgain.Content.Headers.ContentDisposition);
        Assert.StartsWith("code,", await csvAgain.Content.ReadAsStringAsync());
        Assert.NotEqual(json.Headers.ETag, csvAgain.Headers.ETag);
    }

    [SkippableFact]
    public async Task A_kept_answer_honours_If_None_Match()
    {
        const string Url = "/api/v1/themes";
        using var first = await Client.GetAsync(Url);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(Hit, CacheStatus(second));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task A_posted_figure_is_in_the_very_next_read()
    {
        const string Url = "/api/v1/observations?indicator=feel-safe&area=vaerebro-park&from=2023&to=2023";
        await ReadTwiceAsync(Url, items => Assert.Empty(items));
        var before = await VersionAsync();

        using var gab = await ReporterClientAsync("gab", "feel-safe");
        using (var posted = await gab.PostFigureAsync(new { indicator = "feel-safe", area = "vaerebro-park", year = 2023, value = 64.5 }))
        {
            await posted.JsonAsync(HttpStatusCode.Created);
        }

        Assert.True(await VersionAsync() > before);
        using var after = await Client.GetAsync(Url);
        Assert.Equal(Stored, CacheStatus(after));
        var item = Assert.Single(await ItemsAsync(after));
        Assert.Equal(64.5, item.GetProperty("value").GetDouble());
    }

    [SkippableFact]
    public async Task A_retracted_figure_leaves_the_very_next_read()
    {
        const string Key = "?indicator=outside-visitors&area=vaerebro-park&year=2019";
        using var gab = await ReporterClientAsync("gab", "outside-visitors");
        using (var posted = await gab.PostFigureAsync(new { indicator = "outside-visitors", area = "vaerebro-park", year = 2019, value = 48.0 }))
        {
            await posted.JsonAsync(HttpStatusCode.Created);
        }

        const string Read = "/api/v1/observations?indicator=outside-visitors&area=vaerebro-park&from=2019&to=2019";
        await ReadTwiceAsync(Read, items => Assert.Single(items));
        using (var retracted = await gab.DeleteAsync("/api/v1/observations" + Key))
        {
            Assert.Equal(HttpStatusCode.NoContent, retracted.StatusCode);
        }

        using var after = await Client.GetAsync(Read);
        Assert.Empty(await ItemsAsync(after));
        Assert.Equal(0L, await ScalarAsync(
            "SELECT COUNT(*) FROM observation WHERE indicator_code = 'outside-visitors' AND area_code = 'vaerebro-park' AND year = 2019 AND retracted_at IS NULL"));
    }

    [SkippableFact]
    public async Task An_administrator_change_is_in_the_very_next_read()
    {
        const string Url = "/api/v1/organisations";
        await ReadTwiceAsync(Url, organisations => Assert.DoesNotContain("hoeje-gladsaxe", AreasOf(organisations, "gab")));

        using (var linked = await AdminClient.PutAsync("/api/v1/admin/organisations/gab/areas/hoeje-gladsaxe", content: null))
        {
            Assert.True(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync());
        }

        using var after = await Client.GetAsync(Url);
        Assert.Contains("hoeje-gladsaxe", AreasOf(await ItemsAsync(after), "gab"));
    }

    [SkippableFact]
    public async Task A_change_made_straight_in_the_database_is_seen_within_the_bound()
    {
        const string Url = "/api/v1/areas/moerkhoej";
        await ReadTwiceAsync(Url, _ => { });
        var before = await VersionAsync(catalogue: true);

        await using (var db = await OpenDbAsync())
        {
            await db.ExecuteAsync("UPDATE area SET name_en = 'Mørkhøj social housing (renamed)' WHERE code = 'moerkhoej'");
        }

        Assert.Equal(before + 1, await VersionAsync(catalogue: true));
        await PastTheDataVersionBoundAsync();
        var area = await GetJsonAsync(Url);
        Assert.Equal("Mørkhøj social housing (renamed)", area.GetProperty("name").GetProperty("en").GetString());
    }

    [SkippableFact]
    public async Task A_write_through_another_instance_is_seen_by_this_one_within_the_bound()
    {
        const string Url = "/api/v1/observations?indicator=convicted&area=vaerebro-park&from=2022&to=2022";
        await ReadTwiceAsync(Url, items => Assert.Empty(items));

        using (var other = Fixture.WithWebHostBuilder(_ => { }))
        using (var otherAdmin = other.CreateCheckedClient())
        {
            otherAdmin.DefaultRequestHeaders.Add("X-Api-Key", TestKeys.BootstrapAdmin);
            using var posted = await otherAdmin.PostFigureAsync(new { indicator = "convicted", area = "vaerebro-park", year = 2022, value = 2.25 });
            await posted.JsonAsync(HttpStatusCode.Created);
        }

        await PastTheDataVersionBoundAsync();
        using var after = await Client.GetAsync(Url);
        Assert.Equal(Stored, CacheStatus(after));
        Assert.Equal(2.25, Assert.Single(await ItemsAsync(after)).GetProperty("value").GetDouble());
    }

    [SkippableFact]
    public async Task Answers_that_need_a_key_are_never_kept()
    {
        foreach (var url in new[] { "/api/v1/imports", "/api/v1/admin/areas/gladsaxe", "/api/v1/admin/api-keys" })
        {
            using var first = await AdminClient.GetAsync(url);
            using var second = await AdminClient.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.False(second.Headers.Contains("Cache-Status"), url);
        }
    }

    [SkippableFact]
    public async Task A_budget_of_zero_turns_the_cache_off()
    {
        SkipUnlessAvailable();
        using var off = Fixture.WithWebHostBuilder(b => b.UseSetting("Limits:AnswerCacheBytes", "0"));
        using var client = off.CreateCheckedClient();
        using var first = await client.GetAsync("/api/v1/effect-goals");
        using var second = await client.GetAsync("/api/v1/effect-goals");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains("Cache-Status"));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [SkippableFact]
    public async Task Refusals_are_never_kept()
    {
        using var first = await Client.GetAsync("/api/v1/areas/atlantis");
        using var second = await Client.GetAsync("/api/v1/areas/atlantis");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.False(second.Headers.Contains("Cache-Status"));
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Simultaneous_first_reads_compute_the_answer_once()
    {
        // A page size no other test asks for: the answer is not kept yet.
        const string Url = "/api/v1/observations?indicator=feel-safe&pageSize=7";
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.GetAsync(Url)));
        try
        {
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Single(bodies.Distinct());
            Assert.Single(responses, r => CacheStatus(r) == Stored);
            Assert.All(responses.Where(r => CacheStatus(r) != Stored), r => Assert.Contains(CacheStatus(r), new[] { Hit, "SocialBalance.Api; fwd=miss; collapsed" }));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    /// <summary>Reads twice, checks the answer, and that the second came from the cache.</summary>
    private async Task ReadTwiceAsync(string url, Action<IReadOnlyList<JsonElement>> check)
    {
        using var first = await Client.GetAsync(url);
        using var second = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(Hit, CacheStatus(second));
        check(await ItemsAsync(second));
    }

    private async Task<long> VersionAsync(bool catalogue = false) =>
        await ScalarAsync(catalogue ? "SELECT catalogue_version FROM data_change" : "SELECT data_version FROM data_change");

    private static string? CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Cache-Status", out var values) ? string.Join(", ", values) : null;

    private static async Task<IReadOnlyList<JsonElement>> ItemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var items)
            ? items.EnumerateArray().ToList()
            : json.ValueKind == JsonValueKind.Array ? json.EnumerateArray().ToList() : [json];
    }

    private static List<string?> AreasOf(IReadOnlyList<JsonElement> organisations, string code) =>
        organisations.Single(o => o.GetProperty("code").GetString() == code)
            .GetProperty("areas").EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : a.GetProperty("code").GetString()).ToList();
}

public sealed class ResponseCacheSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : ResponseCacheTests<SqliteTestDatabase>(fixture);

public sealed class ResponseCacheSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : ResponseCacheTests<SqlServerTestDatabase>(fixture);
