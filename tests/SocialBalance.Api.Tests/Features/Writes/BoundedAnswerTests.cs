using System.Text;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>
/// A refusal stays small whatever was sent: each offending value is quoted by a short prefix, and the rows listed
/// are capped, so a 60 MB bad batch answers in well under a megabyte.
/// </summary>
public abstract class BoundedAnswerTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task<(HttpResponseMessage Response, string Body)> PostCsvAsync(string csv)
    {
        var response = await AdminClient.PostAsync("/api/v1/observations/batch", new StringContent(csv, Encoding.UTF8, "text/csv"));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task A_ten_megabyte_field_is_quoted_by_a_short_prefix()
    {
        var huge = new string('x', 10 * 1024 * 1024);

        var (response, body) = await PostCsvAsync($"indicator,area,year,value\r\n{huge},moerkhoej,2020,50\r\n");

        using (response)
        {
            var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            var reason = Assert.Single(ErrorsFor(problem, "row 2.indicator"));
            Assert.Contains(new string('x', Echo.MaxQuotedCharacters) + "… (10,485,760 characters)", reason, StringComparison.Ordinal);
        }

        Assert.True(body.Length < 4 * 1024, $"{body.Length} characters answered");
    }

    [SkippableFact]
    public async Task A_sixty_megabyte_bad_batch_answers_under_a_megabyte_and_writes_nothing()
    {
        var before = await ScalarAsync("SELECT COUNT(*) FROM observation");
        var indicator = new string('q', 500);
        var note = new string('n', 500);
        var csv = new StringBuilder("indicator,area,year,value,note\r\n");
        for (var i = 0; csv.Length < 60 * 1024 * 1024; i++)
        {
            csv.Append(indicator).Append(',').Append("moerkhoej,").Append(1990 + (i % 30)).Append(",50,").Append(note).Append("\r\n");
        }

        var (response, body) = await PostCsvAsync(csv.ToString());

        using (response)
        {
            var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("totalErrors").GetInt32() > 50_000);
        }

        Assert.True(body.Length < 1024 * 1024, $"{body.Length:N0} characters answered to a {csv.Length:N0}-character batch");
        Assert.Equal(before, await ScalarAsync("SELECT COUNT(*) FROM observation"));
    }
}

public sealed class BoundedAnswerSqliteTests(ApiFixture<SqliteTestDatabase> fixture) : BoundedAnswerTests<SqliteTestDatabase>(fixture);

public sealed class BoundedAnswerSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : BoundedAnswerTests<SqlServerTestDatabase>(fixture);
