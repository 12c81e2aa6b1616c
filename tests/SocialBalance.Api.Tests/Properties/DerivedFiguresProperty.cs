using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SocialBalance.Api.Features.ListStatus;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>
/// The property: after every step of a scenario, <c>GET /api/v1/observations</c> shows exactly the figures the writes
/// leave (the latest value of each, none retracted), and every derived endpoint answers what the Analysis library
/// computes from the figures it shows at that moment.
/// </summary>
/// <remarks>
/// Each scenario starts from the same state: the figures, their history, imports and targets deleted, and the
/// catalogue rows the steps change put back. A fresh database per scenario would cost a service start and a
/// migration each time (seconds on SQL Server); the rows the steps touch are few and known.
/// </remarks>
public sealed class DerivedFiguresProperty
{
    private const string DeleteWrites = """
        DELETE FROM observation_revision;
        DELETE FROM observation;
        DELETE FROM observation_import;
        DELETE FROM indicator_target;
        """;

    private const string RestoreTheme = "UPDATE theme SET effect_goal_code = @EffectGoal WHERE code = @Code AND effect_goal_code <> @EffectGoal";

    private const string RestoreIndicator = """
        UPDATE indicator SET direction = @Direction, theme_code = @Theme
        WHERE code = @Code AND (direction <> @Direction OR theme_code <> @Theme)
        """;

    private readonly HttpClient reader;
    private readonly HttpClient admin;
    private readonly DbConnectionFactory db;
    private readonly ListSettings lists;
    private readonly IReadOnlyList<(string Code, string EffectGoal)> themeLinks;
    private readonly IReadOnlyList<(string Code, string Direction, string Theme)> indicators;

    private DerivedFiguresProperty(
        HttpClient reader, HttpClient admin, DbConnectionFactory db, ListSettings lists,
        IReadOnlyList<(string, string)> themeLinks, IReadOnlyList<(string, string, string)> indicators)
    {
        (this.reader, this.admin, this.db, this.lists) = (reader, admin, db, lists);
        (this.themeLinks, this.indicators) = (themeLinks, indicators);
    }

    /// <summary>Scenarios run, steps applied (the initial batch included), and derived answers compared.</summary>
    public (int Scenarios, int Steps, int Answers) Counts { get; private set; }

    public static async Task<DerivedFiguresProperty> CreateAsync<TDatabase>(ApiFixture<TDatabase> fixture)
        where TDatabase : TestDatabase, new()
    {
        // The rule sets are reference data, loaded as the service stores them; the property is about the figures.
        var rules = await fixture.Services.GetRequiredService<ListStatusQueries>().LoadRulesAsync(CancellationToken.None);
        var options = fixture.Services.GetRequiredService<ListStatusOptions>();
        await using var connection = await fixture.DbFactory.OpenAsync(CancellationToken.None);
        var themes = (await connection.QueryAsync<(string, string)>("SELECT code, effect_goal_code FROM theme")).ToList();
        var indicators = (await connection.QueryAsync<(string, string, string)>("SELECT code, direction, theme_code FROM indicator")).ToList();
        return new DerivedFiguresProperty(
            fixture.CreateClient(), fixture.CreateClient(TestKeys.BootstrapAdmin), fixture.DbFactory,
            new ListSettings(rules.Catalog, options.DataYearLag, options.WatchMargin, options.NationalArea, options.RegionalArea),
            themes, indicators);
    }

    public async Task RunAsync(Scenario scenario)
    {
        await ResetAsync();
        var driver = new ScenarioDriver(admin);
        var log = new List<string>();
        try
        {
            var catalogue = await PublishedCatalogue.ReadAsync(reader);
            log.Add(await driver.ImportInitialAsync(scenario, catalogue));
            await CheckAsync(scenario, driver, catalogue, 0);
            for (var i = 0; i < scenario.Steps.Count; i++)
            {
                log.Add(await driver.ApplyAsync(scenario.Steps[i], catalogue));
                if (scenario.Steps[i] is MoveTheme or ChangeIndicator)
                {
                    catalogue = await PublishedCatalogue.ReadAsync(reader);
                }

                await CheckAsync(scenario, driver, catalogue, i + 1);
            }
        }
        catch (Exception e)
        {
            var steps = string.Join("\n", log.Select((line, i) => $"  {(i == 0 ? "initial" : $"step {i}")}: {line}"));
            var what = e is Xunit.Sdk.XunitException ? e.Message : e.ToString();
            throw new Xunit.Sdk.XunitException($"After these steps (baseline {scenario.Baseline}, list year {scenario.ListYear}):\n{steps}\n{what}");
        }
        finally
        {
            Counts = (Counts.Scenarios + 1, Counts.Steps + log.Count, Counts.Answers);
        }
    }

    private async Task CheckAsync(Scenario scenario, ScenarioDriver driver, PublishedCatalogue catalogue, int step)
    {
        var figures = await PublishedFigures.ReadAsync(reader);
        var m = new Mismatches();
        foreach (var key in driver.Shown.Keys.Union(figures.Values.Keys).Order(ScenarioDriver.KeyOrder))
        {
            (double? written, double? listed) = (driver.Shown.TryGetValue(key, out var w) ? w : null, figures.Values.TryGetValue(key, out var l) ? l : null);
            if (written != listed) m.Add($"GET /api/v1/observations {key} (the writes leave it {(written is null ? "retracted or never written" : "shown")})", written, listed);
        }

        var table = figures.Table;
        var answers = 0;
        // Neutral indicators too: their progress is "not available", but it lists the figures it was given.
        foreach (var indicator in FigureValues.Indicators)
        {
            await ProgressExpectations.CheckProgressAsync(reader, catalogue, table, scenario.Baseline, indicator, m);
            answers++;
        }

        foreach (var target in driver.Targets.OfType<TargetSlot>())
        {
            await ProgressExpectations.CheckTargetAsync(reader, catalogue, table, target, m);
            answers++;
        }

        await GapExpectations.CheckGapsAsync(reader, catalogue, table, scenario.Baseline, m);
        await GapExpectations.CheckThemesAsync(reader, catalogue, table, scenario.Baseline, m);
        await AmbitionExpectations.CheckAmbitionAsync(reader, catalogue, table, scenario.Baseline, m);
        // One area's own answer per step, in turn; the national list gives every housing area's at once.
        var area = catalogue.HousingAreas[step % catalogue.HousingAreas.Count];
        await ListStatusExpectations.CheckAreaAsync(reader, catalogue, table, lists, scenario.ListYear, area, m);
        await ListStatusExpectations.CheckAllAsync(reader, catalogue, table, lists, scenario.ListYear, m);
        Counts = (Counts.Scenarios, Counts.Steps, Counts.Answers + answers + 5);

        if (m.Found.Count > 0)
        {
            const int Shown = 15;
            throw new Xunit.Sdk.XunitException(
                $"{m.Found.Count} answer(s) differ from the Analysis library on the figures /observations shows:\n  " +
                string.Join("\n  ", m.Found.Take(Shown)) + (m.Found.Count > Shown ? $"\n  … and {m.Found.Count - Shown} more" : ""));
        }
    }

    private async Task ResetAsync()
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(DeleteWrites);
        await connection.ExecuteAsync(RestoreTheme, themeLinks.Select(t => new { t.Code, t.EffectGoal }));
        await connection.ExecuteAsync(RestoreIndicator, indicators.Select(i => new { i.Code, i.Direction, i.Theme }));
    }
}
