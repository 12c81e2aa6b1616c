using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>A page past the last holds no rows (never another page's), with the true count and the way back.</summary>
public abstract class ObservationPagingTests<TDatabase>(ObservationFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ObservationFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData(2, 30)]
    [InlineData(30_000_000, 100)]
    [InlineData(int.MaxValue, 1000)]
    public async Task A_page_past_the_last_is_empty_with_the_true_count_and_a_link_to_the_last(int page, int pageSize)
    {
        var answer = await GetJsonAsync($"/api/v1/observations?page={page}&pageSize={pageSize}");

        var total = ObservationFixture<TDatabase>.Count;
        var lastPage = (total + pageSize - 1) / pageSize;
        Assert.True(page > lastPage);
        Assert.Equal(0, answer.GetProperty("items").GetArrayLength());
        Assert.Equal(total, answer.GetProperty("totalCount").GetInt32());
        Assert.Equal(page, answer.GetProperty("page").GetInt32());
        var links = answer.GetProperty("links");
        Assert.EndsWith($"page={lastPage}", links.GetProperty("last").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, links.GetProperty("next").ValueKind);
    }

    [SkippableFact]
    public async Task A_page_number_beyond_any_integer_is_a_400_naming_page()
    {
        var problem = await GetProblemAsync("/api/v1/observations?page=2147483648", HttpStatusCode.BadRequest);

        Assert.NotEmpty(ErrorsFor(problem, "page"));
    }
}

public sealed class ObservationPagingSqliteTests(ObservationFixture<SqliteTestDatabase> fixture)
    : ObservationPagingTests<SqliteTestDatabase>(fixture);

public sealed class ObservationPagingSqlServerTests(ObservationFixture<SqlServerTestDatabase> fixture)
    : ObservationPagingTests<SqlServerTestDatabase>(fixture);
