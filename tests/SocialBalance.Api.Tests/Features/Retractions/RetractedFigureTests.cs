using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Retractions;

/// <summary>
/// A retracted figure feeds no derived number: after a figure is posted and retracted, progress, comparisons and
/// the ambition verdict answer exactly as before it was posted (and differently while it stood, so the check
/// can fail).
/// </summary>
public abstract class RetractedFigureTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static readonly string[] Derived =
    [
        "/api/v1/progress?indicator=feel-safe&area=moerkhoej",
        "/api/v1/comparisons?indicator=feel-safe&baseline=2020",
        "/api/v1/comparisons/themes?baseline=2020",
        "/api/v1/ambition?baseline=2020",
    ];

    [SkippableFact]
    public async Task Derived_numbers_leave_a_retracted_figure_out()
    {
        var before = await ReadAllAsync();

        using (var posted = await AdminClient.PostFigureAsync(new { indicator = "feel-safe", area = "moerkhoej", year = 2026, value = 99.0 }))
        {
            await posted.JsonAsync(HttpStatusCode.Created);
        }

        var progress = await GetJsonAsync(Derived[0]);
        Assert.Contains("99", progress.GetRawText(), StringComparison.Ordinal);
        var standing = await ReadAllAsync();

        await AdminClient.RetractStandingAsync("feel-safe", "moerkhoej", 2026);

        var after = await ReadAllAsync();
        for (var i = 0; i < Derived.Length; i++)
        {
            Assert.True(before[i] == after[i], $"{Derived[i]} still uses the retracted figure:\nbefore: {before[i]}\nafter:  {after[i]}");
        }

        Assert.NotEqual(before[0], standing[0]);
        Assert.Equal(1, await ScalarAsync(
            "SELECT COUNT(*) FROM observation WHERE indicator_code = 'feel-safe' AND area_code = 'moerkhoej' AND year = 2026 AND retracted_at IS NOT NULL"));
    }

    private async Task<string[]> ReadAllAsync()
    {
        var answers = new string[Derived.Length];
        for (var i = 0; i < Derived.Length; i++)
        {
            answers[i] = (await GetJsonAsync(Derived[i])).GetRawText();
        }

        return answers;
    }
}

public sealed class RetractedFigureSqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : RetractedFigureTests<SqliteTestDatabase>(fixture);

public sealed class RetractedFigureSqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : RetractedFigureTests<SqlServerTestDatabase>(fixture);
