using SocialBalance.Api.Tests.Infrastructure;
using static SocialBalance.Api.Tests.Features.Administration.TargetAdministration;

namespace SocialBalance.Api.Tests.Features.Administration;

/// <summary>Targets made and changed over HTTP by an admin key, read back over HTTP and from the database.</summary>
public abstract class TargetAdministrationTests<TDatabase>(TargetAdministrationFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<TargetAdministrationFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await TableStateAsync(connection);
    }

    private async Task<(int Id, string ETag)> CreateAsync(object body)
    {
        using var response = await AdminClient.PostAsJsonAsync(AdminPath, body);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(HttpStatusCode.Created == response.StatusCode, created.ToString());
        return (created.GetProperty("id").GetInt32(), response.Headers.ETag!.ToString());
    }

    [SkippableFact]
    public async Task A_value_target_is_created_and_read_back_over_HTTP_and_from_the_database_and_its_progress_works()
    {
        using var response = await AdminClient.PostAsJsonAsync(AdminPath, ValueTarget());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag?.ToString());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"{AdminPath}/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("value", 85.0, 1), (created.GetProperty("kind").GetString(), created.GetProperty("targetValue").GetDouble(), created.GetProperty("version").GetInt32()));

        var target = await GetJsonAsync($"/api/v1/targets/{id}");
        Assert.Equal("Tryghed i området", target.GetProperty("indicator").GetProperty("name").GetProperty("da").GetString());
        Assert.Equal(("hoeje-gladsaxe", 2020, 2030), (target.GetProperty("area").GetProperty("code").GetString(),
            target.GetProperty("baselineYear").GetInt32(), target.GetProperty("targetYear").GetInt32()));
        Assert.Equal("The council's target", target.GetProperty("note").GetProperty("en").GetString());

        await using (var connection = await OpenDbAsync())
        {
            var row = await Dapper.SqlMapper.QuerySingleAsync<(string, double?, double?, string?)>(connection,
                "SELECT kind, target_value, remaining_share, reference_area_code FROM indicator_target WHERE id = @id", new { id });
            Assert.Equal(("value", (double?)85, (double?)null, (string?)null), row);
        }

        Assert.Equal(1L, await ReadAsync<long>("version", id));

        // 70 (2020) → 76 (2023) toward 85 (2030): r = ((76/70)^(1/3) − 1) / ((85/70)^(1/10) − 1) = 0.027792 / 0.019605 = 1.4176: substantial.
        var progress = (await GetJsonAsync($"/api/v1/targets/{id}/progress")).GetProperty("progress");
        Assert.Equal(("substantial", 85.0), (progress.GetProperty("status").GetString(), progress.GetProperty("targetValue").GetDouble()));
        Assert.Equal(1.4176, progress.GetProperty("progressValue").GetDouble(), 3);
    }

    [SkippableFact]
    public async Task A_gap_target_defaults_to_the_municipality_as_reference_and_becomes_a_target_value()
    {
        var (id, etag) = await CreateAsync(GapTarget());
        Assert.Equal("\"v1\"", etag);

        using (var record = await AdminClient.GetAsync($"{AdminPath}/{id}"))
        {
            Assert.Equal("\"v1\"", record.Headers.ETag?.ToString());
            var body = await record.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("gap", 0.5, "gladsaxe"), (body.GetProperty("kind").GetString(), body.GetProperty("remainingShare").GetDouble(),
                body.GetProperty("referenceArea").GetString()));
            Assert.Equal(JsonValueKind.Null, body.GetProperty("targetValue").ValueKind);
        }

        Assert.Equal("gladsaxe|0.5", string.Join("|", await ReadAsync<string>("reference_area_code", id), await ReadAsync<double>("remaining_share", id)));

        // Baseline shortfall 30 − 10 = 20 (lower is better), halved: 10; target value = 9 (Gladsaxe, 2023) + 10 = 19.
        var response = await GetJsonAsync($"/api/v1/targets/{id}/progress");
        Assert.Equal(19, response.GetProperty("gapTarget").GetProperty("targetValue").GetDouble());
        Assert.Equal("gladsaxe", (await GetJsonAsync($"/api/v1/targets/{id}")).GetProperty("referenceArea").GetProperty("code").GetString());
    }

    private async Task<T> ReadAsync<T>(string column, int id)
    {
        await using var connection = await OpenDbAsync();
        return (await Dapper.SqlMapper.ExecuteScalarAsync<T>(connection, $"SELECT {column} FROM indicator_target WHERE id = @id", new { id }))!;
    }

    [SkippableFact]
    public async Task An_update_needs_the_current_ETag_missing_is_428_and_stale_is_412_and_neither_changes_anything()
    {
        var (id, _) = await CreateAsync(ValueTarget(area: "pileparkerne", targetValue: 80));
        var changed = ValueTarget(area: "pileparkerne", targetValue: 82.5);

        var before = await StateAsync();
        using (var missing = await AdminClient.SendAsync(Request(HttpMethod.Put, $"{AdminPath}/{id}", changed)))
        {
            await ProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        }

        Assert.Equal(before, await StateAsync());

        using (var ok = await AdminClient.SendAsync(Request(HttpMethod.Put, $"{AdminPath}/{id}", changed, "\"v1\"")))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("\"v2\"", ok.Headers.ETag?.ToString());
            Assert.Equal(82.5, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("targetValue").GetDouble());
        }

        var updated = await StateAsync();
        using (var stale = await AdminClient.SendAsync(Request(HttpMethod.Put, $"{AdminPath}/{id}", ValueTarget(area: "pileparkerne", targetValue: 90), "\"v1\"")))
        {
            Assert.Contains("\"v2\"", (await ProblemAsync(stale, HttpStatusCode.PreconditionFailed)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(updated, await StateAsync());
        Assert.Equal((82.5, 2L), (await ReadAsync<double>("target_value", id), await ReadAsync<long>("version", id)));

        // The ETag of a read is what the next update sends; the update may turn the target into a gap target.
        using var read = await AdminClient.GetAsync($"{AdminPath}/{id}");
        using var toGap = await AdminClient.SendAsync(Request(HttpMethod.Put, $"{AdminPath}/{id}", GapTarget(indicator: "feel-safe", area: "pileparkerne"), read.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, toGap.StatusCode);
        Assert.Equal("\"v3\"", toGap.Headers.ETag?.ToString());
        Assert.Equal(("gap", 0.0), (await ReadAsync<string>("kind", id), await ReadAsync<double>("COALESCE(target_value, 0)", id)));
    }

    [SkippableFact]
    public async Task A_reporter_gets_403_and_an_anonymous_caller_401_and_the_table_is_unchanged()
    {
        var (id, etag) = await CreateAsync(ValueTarget(indicator: "good-health"));
        using var reporter = await ReporterClientAsync("gab");
        var before = await StateAsync();

        (HttpMethod Method, string Path, object? Body)[] calls =
        [
            (HttpMethod.Post, AdminPath, ValueTarget(indicator: "good-health", targetYear: 2031)),
            (HttpMethod.Put, $"{AdminPath}/{id}", ValueTarget(indicator: "good-health", targetValue: 90)),
            (HttpMethod.Get, $"{AdminPath}/{id}", null),
        ];
        foreach (var (method, path, body) in calls)
        {
            using var asReporter = await reporter.SendAsync(Request(method, path, body, etag));
            await ProblemAsync(asReporter, HttpStatusCode.Forbidden);

            using var anonymous = await Client.SendAsync(Request(method, path, body, etag));
            await ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
            Assert.Contains("ApiKey", anonymous.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task A_second_target_for_the_same_indicator_area_and_target_year_is_a_409_and_changes_nothing()
    {
        var (first, _) = await CreateAsync(ValueTarget(indicator: "convicted", area: "vaerebro-park", targetValue: 1.5));
        var (second, etag) = await CreateAsync(ValueTarget(indicator: "convicted", area: "vaerebro-park", targetYear: 2035, targetValue: 1.2));
        var before = await StateAsync();

        using (var duplicate = await AdminClient.PostAsJsonAsync(AdminPath, ValueTarget(indicator: "convicted", area: "vaerebro-park", targetValue: 1.0)))
        {
            var problem = await ProblemAsync(duplicate, HttpStatusCode.Conflict);
            Assert.Contains($"{AdminPath}/{first}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var moved = ValueTarget(indicator: "convicted", area: "vaerebro-park", targetValue: 1.2);
        using (var onto = await AdminClient.SendAsync(Request(HttpMethod.Put, $"{AdminPath}/{second}", moved, etag)))
        {
            await ProblemAsync(onto, HttpStatusCode.Conflict);
        }

        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task The_request_examples_of_the_contract_create_targets()
    {
        var document = await GetJsonAsync("/swagger/v1/swagger.json");
        var examples = document.GetProperty("paths").GetProperty(AdminPath).GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("examples");

        Assert.Equal(["value", "gap"], examples.EnumerateObject().Select(e => e.Name));
        foreach (var example in examples.EnumerateObject())
        {
            using var response = await AdminClient.PostAsJsonAsync(AdminPath, example.Value.GetProperty("value"));
            Assert.True(HttpStatusCode.Created == response.StatusCode, $"{example.Name}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [SkippableFact]
    public async Task An_unknown_target_is_a_404_to_read_and_to_update()
    {
        using var read = await AdminClient.GetAsync($"{AdminPath}/999");
        await ProblemAsync(read, HttpStatusCode.NotFound);
        using var update = await AdminClient.SendAsync(Request(HttpMethod.Put, $"{AdminPath}/999", ValueTarget(area: "moerkhoej"), "*"));
        await ProblemAsync(update, HttpStatusCode.NotFound);
    }
}

public sealed class TargetAdministrationSqliteTests(TargetAdministrationFixture<SqliteTestDatabase> fixture)
    : TargetAdministrationTests<SqliteTestDatabase>(fixture);

public sealed class TargetAdministrationSqlServerTests(TargetAdministrationFixture<SqlServerTestDatabase> fixture)
    : TargetAdministrationTests<SqlServerTestDatabase>(fixture);
