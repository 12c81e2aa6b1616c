using SocialBalance.Api.Tests.Infrastructure;
using static SocialBalance.Api.Tests.Features.Administration.TargetAdministration;

namespace SocialBalance.Api.Tests.Features.Administration;

/// <summary>Each rule of a target body, broken alone: a 400 naming the field, on create and on update, and no change.</summary>
public abstract class TargetValidationTests<TDatabase>(TargetAdministrationFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<TargetAdministrationFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    /// <summary>Case name → the field the answer must name, and the broken body.</summary>
    private static readonly Dictionary<string, (string Field, Func<Dictionary<string, object?>> Body)> Cases = new()
    {
        ["unknown indicator"] = ("indicator", () => ValueTarget(indicator: "atlantis-index")),
        ["missing indicator"] = ("indicator", () => Without(ValueTarget(), "indicator")),
        ["neutral indicator"] = ("indicator", () => ValueTarget(indicator: "non-western", targetValue: 30)),
        ["unknown area"] = ("area", () => ValueTarget(area: "atlantis")),
        ["baseline year before any figure"] = ("baselineYear", () => With(ValueTarget(), ("baselineYear", 1980))),
        ["target year not after the baseline"] = ("targetYear", () => ValueTarget(targetYear: 2020)),
        ["target year too late"] = ("targetYear", () => ValueTarget(targetYear: 2200)),
        ["unknown kind"] = ("kind", () => With(ValueTarget(), ("kind", "percent"))),
        ["value target without a value"] = ("targetValue", () => Without(ValueTarget(), "targetValue")),
        ["value outside the indicator's range"] = ("targetValue", () => ValueTarget(targetValue: 120)),
        ["value with too many decimals"] = ("targetValue", () => ValueTarget(targetValue: 85.25)),
        ["value target with a remaining share"] = ("remainingShare", () => With(ValueTarget(), ("remainingShare", 0.5))),
        ["value target with a reference area"] = ("referenceArea", () => With(ValueTarget(), ("referenceArea", "gladsaxe"))),
        ["gap target with a value"] = ("targetValue", () => With(GapTarget(), ("targetValue", 20))),
        ["gap target without a share"] = ("remainingShare", () => Without(GapTarget(), "remainingShare")),
        ["share of 1"] = ("remainingShare", () => With(GapTarget(), ("remainingShare", 1))),
        ["negative share"] = ("remainingShare", () => With(GapTarget(), ("remainingShare", -0.1))),
        ["reference area is the area"] = ("referenceArea", () => With(GapTarget(), ("referenceArea", "vaerebro-park"))),
        ["default reference is the area"] = ("referenceArea", () => GapTarget(area: "gladsaxe")),
        ["unknown reference area"] = ("referenceArea", () => With(GapTarget(), ("referenceArea", "atlantis"))),
        ["note without Danish"] = ("note", () => With(ValueTarget(), ("note", new { da = "", en = "Target" }))),
        ["id set by the caller"] = ("id", () => With(ValueTarget(), ("id", 7))),
        ["lastUpdated set by the caller"] = ("lastUpdated", () => With(ValueTarget(), ("lastUpdated", "2024-01-01T00:00:00Z"))),
        ["version set by the caller"] = ("version", () => With(ValueTarget(), ("version", 3))),
        ["unknown field"] = ("goal", () => With(ValueTarget(), ("goal", "halve it"))),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    private static Dictionary<string, object?> With(Dictionary<string, object?> body, params (string Key, object? Value)[] changes)
    {
        foreach (var (key, value) in changes)
        {
            body[key] = value;
        }

        return body;
    }

    private static Dictionary<string, object?> Without(Dictionary<string, object?> body, string key)
    {
        body.Remove(key);
        return body;
    }

    private async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await TableStateAsync(connection);
    }

    /// <summary>The target the update cases try to change: made by the first case, found by the others.</summary>
    private async Task<int> ExistingTargetAsync()
    {
        const string Find = "SELECT COALESCE(MAX(id), 0) FROM indicator_target WHERE indicator_code = 'voter-turnout'";
        if (await ScalarAsync(Find) is var id and > 0)
        {
            return (int)id;
        }

        using var response = await AdminClient.PostAsJsonAsync(AdminPath, ValueTarget(indicator: "voter-turnout", area: "moerkhoej", targetValue: 70));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [SkippableTheory]
    [MemberData(nameof(CaseNames))]
    public async Task A_broken_rule_is_a_400_naming_the_field_on_create_and_update_and_changes_nothing(string name)
    {
        var (field, body) = Cases[name];
        var id = await ExistingTargetAsync();
        var before = await StateAsync();

        using (var create = await AdminClient.PostAsJsonAsync(AdminPath, body()))
        {
            Assert.NotEmpty(ErrorsFor(await ProblemAsync(create, HttpStatusCode.BadRequest), field));
        }

        using (var update = await AdminClient.SendAsync(Request(HttpMethod.Put, $"{AdminPath}/{id}", body(), "*")))
        {
            Assert.NotEmpty(ErrorsFor(await ProblemAsync(update, HttpStatusCode.BadRequest), field));
        }

        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task Every_failing_field_is_named_in_one_answer()
    {
        var body = new Dictionary<string, object?>
        {
            ["indicator"] = "residents",
            ["area"] = "atlantis",
            ["baselineYear"] = 2030,
            ["targetYear"] = 2020,
            ["kind"] = "gap",
            ["targetValue"] = 5,
            ["remainingShare"] = 2,
        };

        using var response = await AdminClient.PostAsJsonAsync(AdminPath, body);
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        foreach (var name in new[] { "indicator", "area", "targetYear", "targetValue", "remainingShare" })
        {
            Assert.NotEmpty(ErrorsFor(problem, name));
        }
    }
}

public sealed class TargetValidationSqliteTests(TargetAdministrationFixture<SqliteTestDatabase> fixture)
    : TargetValidationTests<SqliteTestDatabase>(fixture);

public sealed class TargetValidationSqlServerTests(TargetAdministrationFixture<SqlServerTestDatabase> fixture)
    : TargetValidationTests<SqlServerTestDatabase>(fixture);
