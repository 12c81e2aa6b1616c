using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

public abstract class ImportApiTests<TDatabase>(WriteFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<WriteFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task A_reporter_sees_its_own_imports_and_an_admin_sees_all()
    {
        using var gab = await ReporterClientAsync("gab", "feel-safe");
        using var abg = await ReporterClientAsync("abg", "feel-safe");
        using var posted = await gab.PostCsvAsync("indicator,area,year,value\r\nfeel-safe,vaerebro-park,2003,50\r\nfeel-safe,vaerebro-park,2004,51\r\n");
        var importId = (await posted.JsonAsync(HttpStatusCode.OK)).GetProperty("importId").GetInt64();
        using (var other = await abg.PostFigureAsync(new { indicator = "feel-safe", area = "moerkhoej", year = 2003, value = 40.0 }))
        {
            await other.JsonAsync(HttpStatusCode.Created);
        }

        var own = await (await gab.GetAsync("/api/v1/imports")).JsonAsync(HttpStatusCode.OK);
        var all = await (await AdminClient.GetAsync("/api/v1/imports")).JsonAsync(HttpStatusCode.OK);
        var one = await (await gab.GetAsync($"/api/v1/imports/{importId}")).JsonAsync(HttpStatusCode.OK);

        Assert.All(own.GetProperty("items").EnumerateArray(), i => Assert.Equal("gab", i.GetProperty("organisation").GetString()));
        Assert.Contains(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("organisation").GetString() == "abg");
        Assert.Equal("batch", one.GetProperty("kind").GetString());
        Assert.Equal(2, one.GetProperty("received").GetInt32());
        Assert.Equal(2, one.GetProperty("created").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, one.GetProperty("apiKeyId").ValueKind);

        await ProblemAsync(await abg.GetAsync($"/api/v1/imports/{importId}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await abg.GetAsync("/api/v1/imports?organisation=gab"), HttpStatusCode.Forbidden);
        await ProblemAsync(await Client.GetAsync("/api/v1/imports"), HttpStatusCode.Unauthorized);
        await ProblemAsync(await AdminClient.GetAsync("/api/v1/imports/999999"), HttpStatusCode.NotFound);
        var filtered = await (await AdminClient.GetAsync("/api/v1/imports?organisation=abg")).JsonAsync(HttpStatusCode.OK);
        Assert.All(filtered.GetProperty("items").EnumerateArray(), i => Assert.Equal("abg", i.GetProperty("organisation").GetString()));
    }
}

public sealed class ImportApiSqliteTests(WriteFixture<SqliteTestDatabase> fixture)
    : ImportApiTests<SqliteTestDatabase>(fixture);

public sealed class ImportApiSqlServerTests(WriteFixture<SqlServerTestDatabase> fixture)
    : ImportApiTests<SqlServerTestDatabase>(fixture);
