using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;
using static SocialBalance.Api.Tests.Features.Administration.TargetAdministration;

namespace SocialBalance.Api.Tests.Features.Administration;

/// <summary>
/// Gap targets that make sense: none for an area already ahead of its reference at the baseline (a 422 naming
/// <c>referenceArea</c>, nothing stored), and a gap that cannot be set says whose figures are missing. Each test
/// uses its own indicator, so their figures do not meet.
/// </summary>
public abstract class GapTargetTests<TDatabase>(TargetAdministrationFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<TargetAdministrationFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await TableStateAsync(connection);
    }

    private async Task<int> CreateAsync(Dictionary<string, object?> body)
    {
        using var response = await AdminClient.PostAsJsonAsync(AdminPath, body);
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private static Dictionary<string, object?> Gap(string indicator, string area, string reference)
    {
        var body = GapTarget(indicator, area);
        body["referenceArea"] = reference;
        return body;
    }

    [SkippableFact]
    public async Task A_gap_target_for_an_area_ahead_of_its_reference_is_a_422_naming_the_reference_area_on_create_and_update()
    {
        // outside-work-education is lower-is-better: Gladsaxe's 10 % in 2020 is ahead of Værebro Park's 30 %.
        var existing = await CreateAsync(Gap("outside-work-education", "vaerebro-park", "gladsaxe"));
        var before = await StateAsync();

        using (var create = await AdminClient.PostAsJsonAsync(AdminPath, Gap("outside-work-education", "gladsaxe", "vaerebro-park")))
        {
            var reason = Assert.Single(ErrorsFor(await ProblemAsync(create, HttpStatusCode.UnprocessableEntity), "referenceArea"));
            Assert.Contains("in 2020 'gladsaxe' (10) is already ahead of 'vaerebro-park' (30)", reason, StringComparison.Ordinal);
            Assert.Contains("value target", reason, StringComparison.Ordinal);
        }

        using (var update = await AdminClient.SendAsync(Request(
            HttpMethod.Put, $"{AdminPath}/{existing}", Gap("outside-work-education", "gladsaxe", "vaerebro-park"), "*")))
        {
            Assert.NotEmpty(ErrorsFor(await ProblemAsync(update, HttpStatusCode.UnprocessableEntity), "referenceArea"));
        }

        Assert.Equal(before, await StateAsync());
    }

    [SkippableFact]
    public async Task A_gap_target_level_with_its_reference_is_accepted()
    {
        await AdminClient.PostFiguresAsync(("good-health", "hoeje-gladsaxe", 2020, 60), ("good-health", "moerkhoej", 2020, 60));

        var id = await CreateAsync(Gap("good-health", "hoeje-gladsaxe", "moerkhoej"));

        Assert.Equal(1, await ScalarAsync($"SELECT COUNT(*) FROM indicator_target WHERE id = {id} AND kind = 'gap'"));
    }

    [SkippableFact]
    public async Task A_gap_that_cannot_be_set_names_the_reference_area_when_its_figures_are_missing()
    {
        // Høje Gladsaxe (70 → 76) is behind Mørkhøj's 80 in 2020, but Mørkhøj has no figure after 2020.
        await AdminClient.PostFiguresAsync(("feel-safe", "moerkhoej", 2020, 80));
        var id = await CreateAsync(Gap("feel-safe", "hoeje-gladsaxe", "moerkhoej"));

        var answer = await GetJsonAsync($"/api/v1/targets/{id}/progress");

        var progress = answer.GetProperty("progress");
        Assert.Equal(("not-available", "gap-not-computable"), (progress.GetProperty("status").GetString(), progress.GetProperty("reason").GetString()));
        Assert.Contains("no value for 'feel-safe' in 'moerkhoej' for any year after 2020", progress.GetProperty("reasonText").GetString(), StringComparison.Ordinal);
        var missing = Assert.Single(answer.GetProperty("missingFigures").EnumerateArray());
        Assert.Equal("moerkhoej", missing.GetProperty("area").GetString());
    }

    [SkippableFact]
    public async Task A_stored_gap_target_whose_area_comes_ahead_at_the_baseline_is_not_available_with_that_reason()
    {
        // convicted is lower-is-better: Værebro Park 3.0 → 2.5 behind Gladsaxe 2.0 → 1.8, until its 2020 figure is corrected to 1.5.
        await AdminClient.PostFiguresAsync(
            ("convicted", "gladsaxe", 2020, 2.0), ("convicted", "gladsaxe", 2023, 1.8),
            ("convicted", "vaerebro-park", 2020, 3.0), ("convicted", "vaerebro-park", 2023, 2.5));
        var id = await CreateAsync(Gap("convicted", "vaerebro-park", "gladsaxe"));
        Assert.Equal(JsonValueKind.Object, (await GetJsonAsync($"/api/v1/targets/{id}/progress")).GetProperty("gapTarget").ValueKind);

        await AdminClient.PostFiguresAsync(("convicted", "vaerebro-park", 2020, 1.5));

        var answer = await GetJsonAsync($"/api/v1/targets/{id}/progress");
        var progress = answer.GetProperty("progress");
        Assert.Equal(("not-available", "area-ahead-at-baseline"), (progress.GetProperty("status").GetString(), progress.GetProperty("reason").GetString()));
        Assert.Contains("in 2020 'vaerebro-park' (1.5) is already ahead of 'gladsaxe' (2)", progress.GetProperty("reasonText").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("gapTarget").ValueKind);
    }
}

public sealed class GapTargetSqliteTests(TargetAdministrationFixture<SqliteTestDatabase> fixture)
    : GapTargetTests<SqliteTestDatabase>(fixture);

public sealed class GapTargetSqlServerTests(TargetAdministrationFixture<SqlServerTestDatabase> fixture)
    : GapTargetTests<SqlServerTestDatabase>(fixture);
