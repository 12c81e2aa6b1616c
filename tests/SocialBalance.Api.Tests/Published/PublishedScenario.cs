namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// What a client does with a fresh install: checks readiness, reads, gets a reporter key and grants from the
/// municipality's admin, posts a figure and a batch, is refused what it may not write, reads the history, retracts the
/// figure and reads again; the admin replaces a demo figure. The same requests on every instance, so the transcripts can
/// be compared answer by answer.
/// </summary>
public static class PublishedScenario
{
    public const string Organisation = "gab";
    public const string Area = "vaerebro-park";

    /// <summary>The figure posted alone: good-health has no demo figure for 2022 (the health profile is every 4 years).</summary>
    public const string PostedHistory = "/api/v1/observations/history?indicator=good-health&area=vaerebro-park&year=2022";

    public const string RetractUrl = "/api/v1/observations?indicator=good-health&area=vaerebro-park&year=2022";
    public const string GoodHealthList = "/api/v1/observations?indicator=good-health&area=vaerebro-park";
    public const string UpdatedHistory = "/api/v1/observations/history?indicator=feel-safe&area=vaerebro-park&year=2024";
    public const string UpdatedList = "/api/v1/observations?indicator=feel-safe&area=vaerebro-park&from=2024&to=2024";

    /// <summary>The indicators the admin grants the reporter's organisation (the migration grants it only its letting data).</summary>
    public static readonly string[] Grants = ["feel-safe", "good-health", "association-members"];

    /// <summary>Three new figures; a quoted note with a comma.</summary>
    public const string Batch =
        "indicator,area,year,value,numerator,denominator,note\r\n" +
        "feel-safe,vaerebro-park,2026,81.5,815,1000,\"Survey, autumn\"\r\n" +
        "good-health,vaerebro-park,2021,60.8,,,\r\n" +
        "association-members,vaerebro-park,2023,25,,,\r\n";

    /// <summary>The same with a demo figure (line 2) the reporter did not write: refused as a whole.</summary>
    public const string BatchOverDemoFigure =
        "indicator,area,year,value\r\n" +
        "feel-safe,vaerebro-park,2024,81.5\r\n" +
        "good-health,vaerebro-park,2021,60.8\r\n";

    /// <summary>The demo figure the admin replaces, as the reporter may not.</summary>
    public static readonly object Replaced = new { indicator = "feel-safe", area = Area, year = 2024, value = 81.5, numerator = 815, denominator = 1000, note = "Survey, autumn" };

    public const string BatchIdempotencyKey = "\"published-artifact-batch-0001\"";

    public static readonly object Posted = new
    {
        indicator = "good-health",
        area = Area,
        year = 2022,
        value = 61.5,
        numerator = 615,
        denominator = 1000,
        note = "Sundhedsprofil, ekstra måling",
    };

    public static async Task<Transcript> RunAsync(PublishedInstance instance)
    {
        var transcript = new Transcript(instance.Name);
        using var anonymous = await instance.ClientAsync();
        using var admin = await instance.ClientAsync(instance.AdminKey);

        await transcript.GetAsync(anonymous, "/health/ready");
        await transcript.GetAsync(anonymous, "/api/v1/areas");
        await transcript.GetAsync(anonymous, "/api/v1/areas", accept: "text/csv");
        await transcript.GetAsync(anonymous, "/api/v1/indicators/feel-safe");
        await transcript.GetAsync(anonymous, "/api/v1/observations?indicator=feel-safe&area=vaerebro-park");
        await transcript.GetAsync(anonymous, "/api/v1/comparisons?indicator=feel-safe&baseline=2020");
        await transcript.GetAsync(anonymous, "/api/v1/ambition?baseline=2020");
        await transcript.GetAsync(anonymous, "/api/v1/areas/vaerebro-park/list-status?year=2024");
        await transcript.GetAsync(anonymous, "/api/v1/targets");

        var created = await transcript.PostJsonAsync(admin, "/api/v1/admin/api-keys",
            new { organisation = Organisation, role = "reporter", name = "GaB nightly export" },
            HttpStatusCode.Created, "reporter key", "key", "id", "prefix");
        // Without the key nothing below can be asked: stop here, with the answer.
        var key = created.Status == HttpStatusCode.Created ? (string?)Transcript.Body(created)["key"] : null;
        Assert.True(key is not null, $"{instance.Name}: {created.Request} answered {(int)created.Status}: {created.Text}");
        using var reporter = await instance.ClientAsync(key);
        foreach (var indicator in Grants)
        {
            await transcript.SendAsync(admin, new HttpRequestMessage(HttpMethod.Put, $"/api/v1/admin/organisations/{Organisation}/indicators/{indicator}"),
                HttpStatusCode.NoContent, "grant");
        }

        await transcript.PostJsonAsync(reporter, "/api/v1/observations", Posted, HttpStatusCode.Created, "reporter, new figure");
        await transcript.PostJsonAsync(reporter, "/api/v1/observations", new { indicator = "good-health", area = "hoeje-gladsaxe", year = 2022, value = 70.0 },
            HttpStatusCode.Forbidden, "reporter, another organisation's area");
        await transcript.PostJsonAsync(reporter, "/api/v1/observations", new { indicator = "non-western", area = Area, year = 2020, value = 12.3 },
            HttpStatusCode.Forbidden, "reporter, the ministry's figure");
        await transcript.PostCsvAsync(reporter, "/api/v1/observations/batch", BatchOverDemoFigure, null, HttpStatusCode.Forbidden, "batch over a demo figure");
        await transcript.PostCsvAsync(reporter, "/api/v1/observations/batch", Batch, BatchIdempotencyKey, HttpStatusCode.OK, "batch");
        await transcript.PostCsvAsync(reporter, "/api/v1/observations/batch", Batch, BatchIdempotencyKey, HttpStatusCode.OK, "batch again, same Idempotency-Key");
        await transcript.PostCsvAsync(reporter, "/api/v1/observations/batch",
            "indicator,area,year,value\r\nfeel-safe,vaerebro-park,2023,150\r\ngood-health,vaerebro-park,2019,60\r\n",
            null, HttpStatusCode.UnprocessableEntity, "batch with a value out of range");

        await transcript.PostJsonAsync(admin, "/api/v1/observations", Replaced, HttpStatusCode.OK, "admin replaces a demo figure");

        await transcript.GetAsync(anonymous, PostedHistory);
        await transcript.GetAsync(anonymous, UpdatedHistory);
        await transcript.GetAsync(anonymous, UpdatedList);
        await transcript.SendAsync(anonymous, new HttpRequestMessage(HttpMethod.Get, GoodHealthList), HttpStatusCode.OK, "before the retraction");

        await transcript.DeleteAsync(reporter, RetractUrl, HttpStatusCode.NoContent, "retraction");
        await transcript.SendAsync(anonymous, new HttpRequestMessage(HttpMethod.Get, PostedHistory), HttpStatusCode.OK, "after the retraction");
        await transcript.SendAsync(anonymous, new HttpRequestMessage(HttpMethod.Get, GoodHealthList), HttpStatusCode.OK, "after the retraction");
        await transcript.DeleteAsync(reporter, RetractUrl, HttpStatusCode.NotFound, "retraction again");
        await transcript.SendAsync(reporter, new HttpRequestMessage(HttpMethod.Get, "/api/v1/imports"), HttpStatusCode.OK, "reporter", "id");
        return transcript;
    }

    /// <summary>
    /// Codes are lower-case identifiers: one that differs only in case is no code, whatever the database's
    /// collation: not found in a path, a bad request in a parameter. The retraction is of a demo figure no other
    /// request reads, and must leave it standing.
    /// </summary>
    public static async Task<Transcript> CaseProbeAsync(PublishedInstance instance)
    {
        var transcript = new Transcript(instance.Name);
        using var anonymous = await instance.ClientAsync();
        using var admin = await instance.ClientAsync(instance.AdminKey);

        await transcript.GetAsync(anonymous, "/api/v1/areas/Vaerebro-Park", HttpStatusCode.NotFound);
        await transcript.GetAsync(anonymous, "/api/v1/indicators/Feel-Safe", HttpStatusCode.NotFound);
        await transcript.GetAsync(anonymous, "/api/v1/observations/history?indicator=feel-safe&area=VAEREBRO-PARK&year=2024", HttpStatusCode.BadRequest);
        await transcript.DeleteAsync(admin, "/api/v1/observations?indicator=youth-leisure&area=PILEPARKERNE&year=2019", HttpStatusCode.BadRequest, "admin");
        await transcript.GetAsync(anonymous, "/api/v1/observations?indicator=youth-leisure&area=pileparkerne&from=2019&to=2019");
        return transcript;
    }
}
