using System.Text.Json.Nodes;
using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Database;
using SocialBalance.Api.Tests.Features.Charts;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// The shipped artifact is what is tested: the output of build/publish.sh, started as the image starts it, on SQLite
/// and on SQL Server. Each must migrate, load the demo data asked for, be ready, and answer a client's reads and
/// writes as expected; SQL Server must answer every request as SQLite does, volatile fields masked.
/// </summary>
public sealed class PublishedServiceTests(PublishedServices services) : IClassFixture<PublishedServices>
{
    [Fact]
    public Task On_SQLite_it_migrates_loads_the_demo_data_asked_for_and_is_ready() => AssertStartedAsync(services.Sqlite);

    [SkippableFact]
    public Task On_SQL_Server_it_migrates_loads_the_demo_data_asked_for_and_is_ready() => AssertStartedAsync(services.SqlServer);

    [Fact]
    public Task On_SQLite_reads_and_writes_answer_as_expected_and_land_in_the_database() => AssertScenarioAsync(services.Sqlite);

    [SkippableFact]
    public Task On_SQL_Server_reads_and_writes_answer_as_expected_and_land_in_the_database() => AssertScenarioAsync(services.SqlServer);

    [SkippableFact]
    public async Task On_SQL_Server_every_answer_equals_the_answer_on_SQLite()
    {
        await services.SqlServer.ServiceAsync();

        var sqlServer = await services.SqlServer.ScenarioAsync();
        var sqlite = await services.Sqlite.ScenarioAsync();

        AssertSameAnswers(sqlite, sqlServer);
    }

    [Fact]
    public async Task On_SQLite_codes_differing_only_in_case_are_unknown()
    {
        var sqlite = await services.Sqlite.CaseProbeAsync();

        AssertExpectedStatuses(sqlite);
    }

    [SkippableFact]
    public async Task On_SQL_Server_codes_differing_only_in_case_answer_as_on_SQLite()
    {
        await services.SqlServer.ServiceAsync();

        var sqlServer = await services.SqlServer.CaseProbeAsync();
        var sqlite = await services.Sqlite.CaseProbeAsync();

        AssertSameAnswers(sqlite, sqlServer);
    }

    [Fact]
    public async Task On_SQLite_a_list_answers_a_workbook_with_the_rows_of_its_json()
    {
        using var client = await services.Sqlite.ClientAsync();
        var themes = JsonNode.Parse(await client.GetStringAsync("/api/v1/themes"))!.AsArray();
        using var response = await client.GetAsync("/api/v1/themes?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var workbook = Workbook.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(workbook.ValidationErrors);
        Assert.Equal(["themes", "Om data (About)"], workbook.Sheets.Select(s => s.Name));
        var sheet = workbook.Sheets[0];
        Assert.True(sheet.HeaderFrozen);
        Assert.Equal(themes.Select(t => (string?)t!["name"]!["da"]), sheet.Rows.Skip(1).Select(r => r[sheet.Column("name_da")].Text));
        Assert.Equal(themes.Select(t => (string?)t!["name"]!["en"]), sheet.Rows.Skip(1).Select(r => r[sheet.Column("name_en")].Text));
    }

    [Fact]
    public Task On_SQLite_the_published_service_draws_its_charts() => AssertChartsAsync(services.Sqlite);

    [SkippableFact]
    public Task On_SQL_Server_the_published_service_draws_its_charts() => AssertChartsAsync(services.SqlServer);

    /// <summary>
    /// ScottPlot draws with SkiaSharp's native library and the font the service carries: the published folder must hold
    /// both, so the shipped service draws a chart with every figure marked and its text measured, on any machine.
    /// </summary>
    private static async Task AssertChartsAsync(PublishedInstance instance)
    {
        var service = await instance.ServiceAsync();
        using var client = await instance.ClientAsync();

        const string areas = "gladsaxe,hoeje-gladsaxe,moerkhoej,vaerebro-park";
        using var answer = await client.GetAsync("/api/v1/charts/indicators/outside-work-education?lang=en");
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{instance.Name}: the indicator chart answered {(int)answer.StatusCode}: {body}\n{service.Output}");
        var chart = SvgChart.Parse(body);
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/observations?indicator=outside-work-education&area={areas}&pageSize=1000");
        Assert.True(chart.Points.Count > 0);
        Assert.Equal(listed.GetProperty("totalCount").GetInt32(), chart.Points.Count);
        Assert.Equal("Outside the labour market and education", chart.Title);
        var advances = chart.Root.Descendants(SvgChart.Svg + "text").Where(t => t.Value.Trim() == "Gladsaxe Municipality (reference)")
            .Select(t => t.Attribute("x")!.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length)
            .Single();
        Assert.Equal("Gladsaxe Municipality (reference)".Length, advances);

        foreach (var url in new[] { "/api/v1/charts/gaps?indicator=feel-safe", "/api/v1/charts/themes/safety?width=320&height=200" })
        {
            using var other = await client.GetAsync(url);
            Assert.True(other.StatusCode == HttpStatusCode.OK, $"{instance.Name}: {url} answered {(int)other.StatusCode}: {await other.Content.ReadAsStringAsync()}");
            var drawn = SvgChart.Parse(await other.Content.ReadAsStringAsync());
            Assert.True(drawn.Points.Count + drawn.Verdicts.Count > 0, $"{instance.Name}: {url} marks nothing.");
        }
    }

    private static async Task AssertStartedAsync(PublishedInstance instance)
    {
        var service = await instance.ServiceAsync();

        await using (var db = await instance.OpenDbAsync())
        {
            var journal = (await db.QueryAsync<string>("SELECT ScriptName FROM schemaversions")).Select(MigrationScripts.FileName).Order(StringComparer.Ordinal);
            Assert.Equal(MigrationFiles(instance.Provider), journal);

            Assert.True(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation WHERE status_code = 'illustrative'") > 0,
                $"{instance.Name}: no demo figures, though Database__SeedDemoData=true.");
            Assert.True(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM indicator_target") > 0, $"{instance.Name}: no demo targets.");
            // Two figures db/DEMO-DATA.md names: an illustrative one and a real one with its source.
            Assert.Equal((31.0, "illustrative"), await FigureAsync(db, "outside-work-education", 2020));
            Assert.Equal((51.8, "official"), await FigureAsync(db, "non-western", 2020));
        }

        using var client = await instance.ClientAsync();
        using var ready = await client.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, $"{instance.Name}: /health/ready answered {(int)ready.StatusCode}: {body}\n{service.Output}");
        var health = JsonNode.Parse(body);
        Assert.Equal("Healthy", (string?)health?["status"]);
        Assert.Equal("Healthy", (string?)health?["checks"]?["database"]);
    }

    private static async Task AssertScenarioAsync(PublishedInstance instance)
    {
        await instance.ServiceAsync();
        var transcript = await instance.ScenarioAsync();
        AssertExpectedStatuses(transcript);

        var key = Transcript.Body(transcript["POST /api/v1/admin/api-keys (reporter key)"]);
        Assert.StartsWith("sbk_", (string?)key["key"]);
        Assert.Equal(PublishedScenario.Organisation, (string?)key["details"]?["organisation"]);
        Assert.Equal("reporter", (string?)key["details"]?["role"]);

        var posted = transcript["POST /api/v1/observations (reporter, new figure)"];
        Assert.Equal(PublishedScenario.PostedHistory, posted.Location);
        var postedImport = AssertSummary(posted, received: 1, created: 1, updated: 0);

        var batch = transcript["POST /api/v1/observations/batch (batch)"];
        var batchImport = AssertSummary(batch, received: 3, created: 3, updated: 0);
        Assert.Null(batch.IdempotentReplayed);
        var replay = transcript["POST /api/v1/observations/batch (batch again, same Idempotency-Key)"];
        Assert.Equal("true", replay.IdempotentReplayed);
        Assert.Equal(batch.Text, replay.Text);

        var before = Revisions(transcript[$"GET {PublishedScenario.PostedHistory}"]);
        var revision = Assert.Single(before);
        Assert.Equal(1, (int?)revision["revision"]);
        Assert.Equal(61.5, (double?)revision["value"]);
        Assert.Equal("reported", (string?)revision["status"]);
        Assert.Equal(PublishedScenario.Organisation, (string?)revision["organisation"]);
        Assert.Equal(postedImport, (long?)revision["importId"]);
        Assert.False((bool?)revision["retracted"]);

        var after = Revisions(transcript[$"GET {PublishedScenario.PostedHistory} (after the retraction)"]);
        Assert.Equal([1, 2], after.Select(r => (int?)r["revision"]));
        Assert.True((bool?)after[1]["retracted"]);
        var retractionImport = (long?)after[1]["importId"];
        Assert.NotNull(retractionImport);
        Assert.NotEqual(postedImport, retractionImport);

        var updated = Assert.Single(Items(transcript[$"GET {PublishedScenario.UpdatedList}"]));
        Assert.Equal((81.5, 815.0, "reported"), ((double?)updated["value"], (double?)updated["numerator"], (string?)updated["status"]));
        Assert.Equal([("illustrative", null), ("reported", "gladsaxe-kommune")],
            Revisions(transcript[$"GET {PublishedScenario.UpdatedHistory}"]).Select(r => ((string?)r["status"], (string?)r["organisation"])));
        var replacedImport = AssertSummary(transcript["POST /api/v1/observations (admin replaces a demo figure)"], received: 1, created: 0, updated: 1);
        Assert.Equal([(2, "year")], Refused(transcript["POST /api/v1/observations/batch (batch over a demo figure)"]));
        Assert.Equal([(1, "indicator")], Refused(transcript["POST /api/v1/observations (reporter, the ministry's figure)"]));

        Assert.Contains(2022, Years(transcript[$"GET {PublishedScenario.GoodHealthList} (before the retraction)"]));
        var remaining = Years(transcript[$"GET {PublishedScenario.GoodHealthList} (after the retraction)"]);
        Assert.Contains(2021, remaining);
        Assert.DoesNotContain(2022, remaining);

        var imports = Items(transcript["GET /api/v1/imports (reporter)"]);
        Assert.Equal(["retraction", "batch", "single"], imports.Select(i => (string?)i["kind"]));

        await using var db = await instance.OpenDbAsync();
        var retracted = await StoredAsync(db, "observation", "good-health", 2022);
        Assert.Equal(new StoredFigure
        {
            Revision = 2,
            Value = 61.5,
            Numerator = 615,
            Denominator = 1000,
            StatusCode = "reported",
            Note = "Sundhedsprofil, ekstra måling",
            OrganisationCode = PublishedScenario.Organisation,
            ImportId = retractionImport,
            Retracted = 1,
        }, retracted);
        var superseded = await StoredAsync(db, "observation_revision", "good-health", 2022);
        Assert.Equal(retracted with { Revision = 1, ImportId = postedImport, Retracted = 0 }, superseded);

        var batchRow = new StoredFigure { Revision = 1, StatusCode = "reported", OrganisationCode = PublishedScenario.Organisation, ImportId = batchImport };
        Assert.Equal(batchRow with { Value = 81.5, Numerator = 815, Denominator = 1000, Note = "Survey, autumn", OrganisationCode = "gladsaxe-kommune", ImportId = replacedImport },
            await StoredAsync(db, "observation", "feel-safe", 2024));
        Assert.Equal(batchRow with { Value = 81.5, Numerator = 815, Denominator = 1000, Note = "Survey, autumn" }, await StoredAsync(db, "observation", "feel-safe", 2026));
        Assert.Equal(batchRow with { Value = 60.8 }, await StoredAsync(db, "observation", "good-health", 2021));
        Assert.Equal(batchRow with { Value = 25 }, await StoredAsync(db, "observation", "association-members", 2023));
        Assert.Equal("illustrative", (await StoredAsync(db, "observation_revision", "feel-safe", 2024)).StatusCode);
        var import = await db.QuerySingleAsync<StoredImport>(
            "SELECT kind, received, created, updated, unchanged, organisation_code AS OrganisationCode FROM observation_import WHERE id = @Id", new { Id = batchImport });
        Assert.Equal(new StoredImport { Kind = "batch", Received = 3, Created = 3, Updated = 0, OrganisationCode = PublishedScenario.Organisation }, import);
    }

    private static void AssertExpectedStatuses(Transcript transcript)
    {
        var unexpected = transcript.Unexpected.ToList();
        Assert.True(unexpected.Count == 0, $"{transcript.Name}: {unexpected.Count} unexpected answer(s):\n" +
            string.Join("\n", unexpected.Select(a => $"{a.Request}: expected {(int)a.Expected}, got {(int)a.Status}: {a.Text}")));
    }

    private static void AssertSameAnswers(Transcript expected, Transcript actual)
    {
        var differences = expected.DifferencesFrom(actual);
        Assert.True(differences.Count == 0,
            $"{differences.Count} of {expected.Answers.Count} answers on {actual.Name} differ from {expected.Name} (volatile fields masked):\n" +
            string.Join("\n", differences));
    }

    /// <summary>The migration files of the repository, as the journal names them once applied.</summary>
    private static IEnumerable<string> MigrationFiles(DatabaseProvider provider)
    {
        var folder = RepositoryFiles.PathOf(provider == DatabaseProvider.SqlServer ? "db/sqlserver" : "db/sqlite");
        var files = Directory.GetFiles(folder, "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        return files!;
    }

    private static async Task<(double Value, string Status)> FigureAsync(System.Data.Common.DbConnection db, string indicator, int year)
    {
        var figure = await db.QuerySingleAsync<StoredFigure>(
            "SELECT value, status_code AS StatusCode FROM observation WHERE indicator_code = @Indicator AND area_code = @Area AND year = @Year",
            new { Indicator = indicator, Area = PublishedScenario.Area, Year = year });
        return (figure.Value, figure.StatusCode);
    }

    /// <summary>One figure's row in <paramref name="table"/> (observation: the current revision; observation_revision: the first superseded one).</summary>
    private static Task<StoredFigure> StoredAsync(System.Data.Common.DbConnection db, string table, string indicator, int year)
    {
        var retracted = table == "observation" ? "CASE WHEN retracted_at IS NULL THEN 0 ELSE 1 END" : "retracted";
        return db.QueryFirstAsync<StoredFigure>(
            $"""
            SELECT revision, value, numerator, denominator, status_code AS StatusCode, note, organisation_code AS OrganisationCode,
                   import_id AS ImportId, {retracted} AS retracted
            FROM {table}
            WHERE indicator_code = @Indicator AND area_code = @Area AND year = @Year
            ORDER BY revision
            """,
            new { Indicator = indicator, Area = PublishedScenario.Area, Year = year });
    }

    private static long AssertSummary(Answer answer, int received, int created, int updated)
    {
        var summary = Transcript.Body(answer);
        Assert.Equal((received, created, updated, false), ((int?)summary["received"], (int?)summary["created"], (int?)summary["updated"], (bool?)summary["dryRun"]));
        return (long?)summary["importId"] ?? throw new Xunit.Sdk.XunitException($"{answer.Request}: no importId in {answer.Text}");
    }

    private static List<JsonNode> Revisions(Answer answer) => Transcript.Body(answer)["revisions"]!.AsArray().Select(r => r!).ToList();

    private static List<(int, string)> Refused(Answer answer) =>
        Transcript.Body(answer)["rows"]!.AsArray().Select(r => ((int)r!["row"]!, (string)r["field"]!)).ToList();

    private static List<JsonNode> Items(Answer answer) => Transcript.Body(answer)["items"]!.AsArray().Select(r => r!).ToList();

    private static List<int> Years(Answer answer) => Items(answer).Select(i => (int)i["year"]!).ToList();

    /// <summary>A figure as stored. Properties, not a constructor: Dapper converts SQLite's and SQL Server's column types to them.</summary>
    private sealed record StoredFigure
    {
        public long Revision { get; init; }
        public double Value { get; init; }
        public double? Numerator { get; init; }
        public double? Denominator { get; init; }
        public string StatusCode { get; init; } = "";
        public string? Note { get; init; }
        public string? OrganisationCode { get; init; }
        public long? ImportId { get; init; }
        public long Retracted { get; init; }
    }

    private sealed record StoredImport
    {
        public string Kind { get; init; } = "";
        public long Received { get; init; }
        public long Created { get; init; }
        public long Updated { get; init; }
        public long Unchanged { get; init; }
        public string OrganisationCode { get; init; } = "";
    }
}
