using System.Data.Common;

namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>
/// Base of the HTTP tests that are written once and run per database. On a database that cannot run
/// here (no SQL Server configured) the first use of <see cref="Client"/>, <see cref="Services"/> or
/// <see cref="OpenDbAsync"/> reports the test as skipped, never as passed (nor as failed).
/// </summary>
public abstract class ApiTestBase<TDatabase>(ApiFixture<TDatabase> fixture)
    where TDatabase : TestDatabase, new()
{
    private HttpClient? client;
    private HttpClient? adminClient;

    /// <summary>
    /// Lets the data version's bound (one second by default) pass after a change made straight in the database, which
    /// the service sees within that bound rather than at once (a write through the API is seen at once).
    /// </summary>
    protected static Task PastTheDataVersionBoundAsync() =>
        Task.Delay(SocialBalance.Api.Infrastructure.Caching.DataVersionTracker.MaxAllowedAge + TimeSpan.FromMilliseconds(100));

    protected ApiFixture<TDatabase> Fixture { get; } = fixture;

    protected HttpClient Client
    {
        get
        {
            SkipUnlessAvailable();
            return client ??= Fixture.CreateClient();
        }
    }

    /// <summary>The service's own services: asking for them starts the service, so on a database that cannot run here it skips.</summary>
    protected IServiceProvider Services
    {
        get
        {
            SkipUnlessAvailable();
            return Fixture.Services;
        }
    }

    /// <summary>A client with the bootstrap admin key.</summary>
    protected HttpClient AdminClient
    {
        get
        {
            SkipUnlessAvailable();
            return adminClient ??= Fixture.CreateClient(TestKeys.BootstrapAdmin);
        }
    }

    /// <summary>
    /// A client with a new reporter key of <paramref name="organisation"/>, made through the admin API, after granting
    /// the organisation <paramref name="indicators"/> (a reporter posts only the indicators its organisation is granted).
    /// </summary>
    protected async Task<HttpClient> ReporterClientAsync(string organisation, params string[] indicators)
    {
        await TestKeys.GrantAsync(AdminClient, organisation, indicators);
        return Fixture.CreateClient(await TestKeys.CreateAsync(AdminClient, organisation));
    }

    /// <summary>Reads one number from the database, e.g. a row count to show a refusal changed nothing.</summary>
    protected async Task<long> ScalarAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenDbAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, parameters);
    }

    /// <summary>Checks that an answer is an RFC 9457 problem with the status expected, and answers it.</summary>
    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    protected async Task<DbConnection> OpenDbAsync()
    {
        SkipUnlessAvailable();
        return await Fixture.DbFactory.OpenAsync(CancellationToken.None);
    }

    protected async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>GETs a URL that must be refused, and checks the answer is an RFC 9457 problem.</summary>
    protected async Task<JsonElement> GetProblemAsync(string url, HttpStatusCode expected)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>A GET that asks for one media type, e.g. <c>text/csv</c>.</summary>
    protected Task<HttpResponseMessage> GetAcceptingAsync(string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return Client.SendAsync(request);
    }

    /// <summary>GETs a list as CSV, checks it is UTF-8 <c>text/csv</c>, and parses it strictly (RFC 4180).</summary>
    protected async Task<List<string[]>> GetCsvAsync(string url)
    {
        using var response = await GetAcceptingAsync(url, "text/csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return CsvReader.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The messages a validation problem gives for one field; fails when the field is not named.</summary>
    protected static string[] ErrorsFor(JsonElement problem, string field)
    {
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No 'errors' in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"'{field}' is not named in {errors}");
        var list = messages.EnumerateArray().Select(m => m.GetString()!).ToArray();
        Assert.NotEmpty(list);
        return list;
    }

    protected static IReadOnlyList<string> Codes(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();

    protected void SkipUnlessAvailable() =>
        Skip.If(Fixture.Database.SkipReason is not null, Fixture.Database.SkipReason);

    /// <summary>For tests that prove locking under concurrency, which an engine taking no locks cannot prove.</summary>
    protected void SkipUnlessLocksAreTaken() =>
        Skip.If(Fixture.Database.LockingSkipReason is not null, Fixture.Database.LockingSkipReason);
}
