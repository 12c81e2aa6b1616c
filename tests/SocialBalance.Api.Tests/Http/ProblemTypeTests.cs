using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Http;

/// <summary>Every problem names its kind the one way, also those the framework writes (405, 415, an unmatched route).</summary>
public abstract class ProblemTypeTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableTheory]
    [InlineData("PUT", "/api/v1/areas", null, HttpStatusCode.MethodNotAllowed, ProblemTypes.Rfc9110Prefix + "section-15.5.6")]
    [InlineData("POST", "/api/v1/admin/areas", "application/xml", HttpStatusCode.UnsupportedMediaType, ProblemTypes.UnsupportedMediaType)]
    [InlineData("GET", "/api/v1/targets/99", null, HttpStatusCode.NotFound, ProblemTypes.NotFound)]
    [InlineData("GET", "/api/v1/nothing-here", null, HttpStatusCode.NotFound, ProblemTypes.NotFound)]
    public async Task A_problem_names_its_kind_by_the_rfc_editor_address(string method, string path, string? mediaType, HttpStatusCode status, string type)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (mediaType is not null)
        {
            request.Content = new StringContent("<area/>", System.Text.Encoding.UTF8, mediaType);
        }

        using var response = await AdminClient.SendAsync(request);

        Assert.Equal(type, (await ProblemAsync(response, status)).GetProperty("type").GetString());
    }
}

public sealed class ProblemTypeSqliteTests(ApiFixture<SqliteTestDatabase> fixture) : ProblemTypeTests<SqliteTestDatabase>(fixture);

public sealed class ProblemTypeSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture) : ProblemTypeTests<SqlServerTestDatabase>(fixture);
