using SocialBalance.Client.Models;

namespace SocialBalance.Client.Tests;

/// <summary>
/// The README's first reads through the Kiota client: the effect goals with their themes, a theme with its indicators,
/// the indicator catalogue, the targets with their progress, the theme verdicts, and the health of the service.
/// </summary>
public sealed class CatalogueJourneyTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private readonly SocialBalanceClient client = fixture.Client();

    [Fact]
    public async Task Walks_from_the_effect_goals_to_a_themes_indicators_and_their_catalogue_entries()
    {
        var goals = await client.Api.V1.EffectGoals.GetAsync();

        Assert.Equal(3, goals!.Count);
        Assert.Equal(9, goals.Sum(g => g.Themes!.Count));
        var safety = goals.SelectMany(g => g.Themes!).Single(t => t.Code == "safety");

        var theme = await client.Api.V1.Themes[safety.Code].GetAsync();

        Assert.Equal(safety.Name!.En, theme!.Name!.En);
        Assert.Contains(goals, g => g.Code == theme.EffectGoal!.Code && g.Themes!.Any(t => t.Code == "safety"));
        Assert.Contains(theme.Indicators!, i => i.Code == "feel-safe");

        var catalogue = await client.Api.V1.Indicators.GetAsync(c => c.QueryParameters.Theme = "safety");

        Assert.Equal(theme.Indicators!.Select(i => i.Code).Order(StringComparer.Ordinal), catalogue!.Select(i => i.Code).Order(StringComparer.Ordinal));
        var feelSafe = await client.Api.V1.Indicators["feel-safe"].GetAsync();
        Assert.Equal("safety", feelSafe!.Theme!.Code);
        Assert.Equal(IndicatorSupplier.Municipality, feelSafe.Supplier);
        Assert.True(feelSafe.ValidRange!.Min <= feelSafe.ValidRange.Max);
    }

    [Fact]
    public async Task Reads_the_targets_and_the_progress_toward_one()
    {
        var targets = await client.Api.V1.Targets.GetAsync(c => c.QueryParameters.Indicator = "outside-work-education");
        var halving = Assert.Single(targets!, t => t.Area!.Code == "hoeje-gladsaxe" && t.TargetYear == 2030);

        var progress = await client.Api.V1.Targets[halving.Id!.Value].Progress.GetAsync();

        Assert.Equal(halving.Id, progress!.Target!.Id);
        Assert.Equal(TargetKind.Gap, progress.Target.Kind);
        Assert.Equal(0.5, progress.Target.RemainingShare);
        Assert.Equal("hoeje-gladsaxe", progress.Progress!.Area!.Code);
        Assert.False(string.IsNullOrEmpty(progress.Progress.Formula));
        Assert.NotNull(progress.GapTarget);
    }

    [Fact]
    public async Task Reads_the_theme_verdicts_per_area()
    {
        var verdicts = await client.Api.V1.Comparisons.Themes.GetAsync(c =>
        {
            c.QueryParameters.Baseline = 2020;
            c.QueryParameters.Year = 2024;
        });

        Assert.Equal(2020, verdicts!.BaselineYear);
        Assert.Equal(2024, verdicts.Year);
        Assert.Equal(9, verdicts.Items!.Select(v => v.Theme!.Code).Distinct().Count());
        // Gladsaxe is judged on improving, the areas on their gap to it narrowing.
        Assert.All(verdicts.Items!, v => Assert.Equal(
            v.Area!.Code == "gladsaxe" ? VerdictCriterion.Improving : VerdictCriterion.GapNarrowing, v.Criterion));
        Assert.All(verdicts.Items!, v =>
        {
            Assert.InRange(v.Improved!.Value, 0, v.Considered!.Value);
            Assert.InRange(v.Narrowed!.Value, 0, v.Considered.Value);
            Assert.InRange(v.Insufficient!.Value, 0, v.Considered.Value);
        });
    }

    [Fact]
    public async Task Reads_the_health_of_the_process_and_of_its_database()
    {
        var live = await client.Health.Live.GetAsync();
        var ready = await client.Health.Ready.GetAsync();

        Assert.Equal(HealthState.Healthy, live!.Status);
        Assert.Equal(HealthState.Healthy, ready!.Status);
    }
}
