using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Charts;

/// <summary>
/// The charts as HTTP answers: refusals like every read's (400 naming the parameter, 404 for an unknown code), kept
/// and revalidated like every public read, readable from any origin, and redrawn when a figure is posted or retracted.
/// </summary>
public abstract class ChartHttpTests<TDatabase>(ChartFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ChartFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData("/api/v1/charts/indicators/feel-safe?lang=de", "lang", "da")]
    [InlineData("/api/v1/charts/indicators/feel-safe?lang=DA", "lang", "en")]
    [InlineData("/api/v1/charts/gaps?indicator=feel-safe&lang=", "lang", "da")]
    [InlineData("/api/v1/charts/themes/safety?lang=english", "lang", "en")]
    [InlineData("/api/v1/charts/indicators/feel-safe?width=319", "width", "320")]
    [InlineData("/api/v1/charts/gaps?indicator=feel-safe&width=2001", "width", "2000")]
    [InlineData("/api/v1/charts/themes/safety?height=199", "height", "200")]
    [InlineData("/api/v1/charts/indicators/feel-safe?height=1501", "height", "1500")]
    [InlineData("/api/v1/charts/indicators/feel-safe?width=wide", "width", "whole number")]
    [InlineData("/api/v1/charts/gaps", "indicator", "indicator=")]
    [InlineData("/api/v1/charts/gaps?indicator=weather", "indicator", "weather")]
    [InlineData("/api/v1/charts/gaps?indicator=feel-safe,convicted", "indicator", "one code")]
    [InlineData("/api/v1/charts/indicators/feel-safe?areas=atlantis", "areas", "atlantis")]
    [InlineData("/api/v1/charts/indicators/feel-safe?areas=gladsaxe", "areas", "reference area")]
    [InlineData("/api/v1/charts/gaps?indicator=feel-safe&reference=atlantis", "reference", "atlantis")]
    [InlineData("/api/v1/charts/themes/safety?year=2022&baseline=2023", "baseline", "2023")]
    [InlineData("/api/v1/charts/themes/safety?year=2030", "year", "latest year")]
    [InlineData("/api/v1/charts/indicators/feel-safe?year=2023", "year", "Unknown query parameter")]
    public async Task A_bad_parameter_is_a_400_naming_it(string url, string field, string said)
    {
        var problem = await GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Contains(ErrorsFor(problem, field), message => message.Contains(said, StringComparison.OrdinalIgnoreCase));
    }

    [SkippableTheory]
    [InlineData("/api/v1/charts/indicators/weather", "No indicator has the code 'weather'")]
    [InlineData("/api/v1/charts/indicators/weather?lang=xx&width=1", "No indicator has the code 'weather'")]
    [InlineData("/api/v1/charts/themes/weather?year=1800", "No theme has the code 'weather'")]
    [InlineData("/api/v1/charts/indicators/FEEL-SAFE", "Not Found")]   // no code at all: no route
    public async Task An_unknown_code_in_the_path_is_a_404_before_any_complaint_about_the_query(string url, string title)
    {
        var problem = await GetProblemAsync(url, HttpStatusCode.NotFound);

        Assert.StartsWith(title, problem.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task A_chart_is_kept_revalidated_and_readable_from_any_origin()
    {
        const string url = "/api/v1/charts/indicators/convicted?lang=en&width=640&height=360";
        using var first = await GetFromAsync(url, "https://intranet.gladsaxe.dk");
        using var second = await GetFromAsync(url, "https://intranet.gladsaxe.dk");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("SocialBalance.Api; hit", CacheStatus(second));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal("public, no-cache", second.Headers.CacheControl?.ToString());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        // Another site's page may show it (<img>) and read it (fetch).
        Assert.Equal("*", Header(second, "Access-Control-Allow-Origin"));
        Assert.Equal("cross-origin", Header(second, "Cross-Origin-Resource-Policy"));
        Assert.Equal("nosniff", Header(second, "X-Content-Type-Options"));

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task The_same_chart_drawn_again_is_the_same_bytes_and_so_the_same_etag()
    {
        // Two keys of the answer cache, so each is drawn anew; in between, other charts advance the drawing's counters.
        using var first = await Client.GetAsync("/api/v1/charts/themes/safety?baseline=2020");
        using (await Client.GetAsync("/api/v1/charts/gaps?indicator=convicted&lang=en"))
        {
        }

        using var second = await Client.GetAsync("/api/v1/charts/themes/safety?lang=da&baseline=2020");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [SkippableFact]
    public async Task A_posted_figure_appears_in_the_chart_and_a_retracted_one_disappears()
    {
        const string url = "/api/v1/charts/indicators/feel-safe?areas=vaerebro-park";
        using var before = await Client.GetAsync(url);
        var etag = before.Headers.ETag!;
        var drawn = (await SvgChart.ReadAsync(before)).Points;
        Assert.DoesNotContain(drawn, p => p.Year == 2022);

        await AdminClient.PostFiguresAsync(("feel-safe", "vaerebro-park", 2022, 66.5));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            using var posted = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.NotEqual(etag, posted.Headers.ETag);
            Assert.Equal("SocialBalance.Api; fwd=miss; stored", CacheStatus(posted));
            Assert.Equal(drawn.Append(("vaerebro-park", 2022, 66.5)).Order(), (await SvgChart.ReadAsync(posted)).Points.Order());
        }
        finally
        {
            await AdminClient.RetractStandingAsync("feel-safe", "vaerebro-park", 2022);
        }

        using var retracted = await Client.GetAsync(url);
        Assert.Equal(drawn.Order(), (await SvgChart.ReadAsync(retracted)).Points.Order());
        using var gaps = await Client.GetAsync("/api/v1/charts/gaps?indicator=feel-safe&areas=vaerebro-park");
        Assert.DoesNotContain((await SvgChart.ReadAsync(gaps)).Points, p => p.Year == 2022);
    }

    [SkippableFact]
    public async Task Head_answers_the_headers_of_the_chart_without_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/v1/charts/themes/safety");
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private Task<HttpResponseMessage> GetFromAsync(string url, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", origin);
        return Client.SendAsync(request);
    }

    private static string? CacheStatus(HttpResponseMessage response) => Header(response, "Cache-Status");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}

public sealed class ChartHttpSqliteTests(ChartFixture<SqliteTestDatabase> fixture)
    : ChartHttpTests<SqliteTestDatabase>(fixture);

public sealed class ChartHttpSqlServerTests(ChartFixture<SqlServerTestDatabase> fixture)
    : ChartHttpTests<SqlServerTestDatabase>(fixture);
