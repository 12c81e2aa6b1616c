using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Http;

/// <summary>
/// How a list's format is chosen: <c>format</c> over Accept, a 400 naming <c>format</c> or <c>bom</c> for a value that is
/// none; a byte-order mark before the CSV only when asked; and a workbook cached and revalidated like every answer.
/// </summary>
public abstract class TableFormatTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [SkippableTheory]
    [InlineData("/api/v1/themes?format=xls", "format")]
    [InlineData("/api/v1/effect-goals?format=pdf", "format")]
    [InlineData("/api/v1/observations?indicator=feel-safe&format=", "format")]
    [InlineData("/api/v1/areas?format=csv&format=xlsx", "format")]
    [InlineData("/api/v1/areas?format=csv&bom=yes", "bom")]
    [InlineData("/api/v1/effect-goals?bom=1", "bom")]
    [InlineData("/api/v1/list-status?year=2024&bom=", "bom")]
    public async Task A_format_or_bom_that_is_none_is_a_400_naming_it(string url, string field)
    {
        var problem = await GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.NotEmpty(ErrorsFor(problem, field));
    }

    [SkippableFact]
    public async Task A_bad_format_and_a_bad_bom_are_named_together()
    {
        var problem = await GetProblemAsync("/api/v1/areas?kind=village&format=pdf&bom=maybe", HttpStatusCode.BadRequest);

        Assert.NotEmpty(ErrorsFor(problem, "format"));
        Assert.NotEmpty(ErrorsFor(problem, "bom"));
    }

    [SkippableTheory]
    [InlineData("?format=json", "text/csv", "application/json")]
    [InlineData("?format=csv", Xlsx.MediaType, "text/csv")]
    [InlineData("?format=xlsx", "application/json", Xlsx.MediaType)]
    [InlineData("?format=XLSX", "text/csv", Xlsx.MediaType)]
    [InlineData("", Xlsx.MediaType, Xlsx.MediaType)]
    [InlineData("", "text/csv;q=0.5, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Xlsx.MediaType)]
    [InlineData("", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;q=0.2, text/csv", "text/csv")]
    public async Task The_format_parameter_wins_over_accept(string query, string accept, string expected)
    {
        using var response = await GetAcceptingAsync("/api/v1/themes" + query, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableTheory]
    [InlineData("/api/v1/areas?bom=true", "text/csv")]
    [InlineData("/api/v1/areas?format=csv&bom=true", "application/json")]
    [InlineData("/api/v1/areas?bom=True", "text/csv")]
    [InlineData("/api/v1/areas", "text/csv; bom=present")]
    [InlineData("/api/v1/comparisons?baseline=2020", "text/csv;bom=present;q=0.9")]
    public async Task A_csv_starts_with_a_byte_order_mark_only_when_asked(string url, string accept)
    {
        var plainUrl = url.Replace("bom=true", "bom=false", StringComparison.OrdinalIgnoreCase).Replace("format=csv&", string.Empty, StringComparison.Ordinal);
        using var plain = await GetAcceptingAsync(plainUrl, "text/csv");
        using var marked = await GetAcceptingAsync(url, accept);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var markedBytes = await marked.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal("text/csv", marked.Content.Headers.ContentType?.MediaType);
        Assert.False(plainBytes.AsSpan().StartsWith(Bom), "a CSV nobody asked a byte-order mark for has one");
        Assert.Equal(Bom, markedBytes[..3]);
        Assert.Equal(plainBytes, markedBytes[3..]);
        if (url.StartsWith("/api/v1/areas", StringComparison.Ordinal))
        {
            // Non-ASCII names read the same either way (UTF-8).
            Assert.Contains("ø", System.Text.Encoding.UTF8.GetString(plainBytes), StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData("/api/v1/themes?bom=true", "application/json")]
    [InlineData("/api/v1/themes?format=xlsx&bom=true", "*/*")]
    public async Task A_byte_order_mark_is_for_csv_only(string url, string accept)
    {
        using var response = await GetAcceptingAsync(url, accept);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.AsSpan().StartsWith(Bom));
        Assert.True(body[0] == (byte)'[' || body.AsSpan().StartsWith("PK"u8), response.Content.Headers.ContentType?.ToString());
    }

    [SkippableFact]
    public async Task A_workbook_is_cached_and_revalidated_like_every_answer()
    {
        const string url = "/api/v1/indicators?theme=safety&format=xlsx";
        using var first = await Client.GetAsync(url);
        using var second = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.False(first.Headers.ETag.IsWeak);
        Assert.Contains("Accept", first.Headers.Vary);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal("SocialBalance.Api; hit", second.Headers.GetValues("Cache-Status").Single());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(Xlsx.MediaType, second.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"indicators.xlsx\"", second.Content.Headers.ContentDisposition?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var revalidated = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

        // The same list as JSON or CSV is another answer, with another tag.
        using var csv = await Client.GetAsync("/api/v1/indicators?theme=safety&format=csv");
        Assert.NotEqual(first.Headers.ETag, csv.Headers.ETag);
    }

    [SkippableFact]
    public async Task A_head_request_for_a_workbook_has_its_headers_and_no_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/v1/areas?format=xlsx");
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"areas.xlsx\"", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}

public sealed class TableFormatSqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : TableFormatTests<SqliteTestDatabase>(fixture);

public sealed class TableFormatSqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : TableFormatTests<SqlServerTestDatabase>(fixture);
