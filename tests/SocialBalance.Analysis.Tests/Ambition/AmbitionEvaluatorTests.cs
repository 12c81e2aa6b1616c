using SocialBalance.Analysis.Ambition;
using SocialBalance.Analysis.Observations;
using SocialBalance.Analysis.Themes;

namespace SocialBalance.Analysis.Tests.Ambition;

public class AmbitionEvaluatorTests
{
    private const string Gladsaxe = "gladsaxe";
    private const string Hoeje = "hoeje-gladsaxe";
    private const string Vaerebro = "vaerebro-park";

    private static readonly ThemeDefinition[] Themes =
    [
        new("health", "do-better"),
        new("safety", "attractive-districts"),
    ];

    private static readonly IndicatorDefinition[] Indicators =
    [
        new("good-health", "health", Direction.HigherIsBetter),
        new("residents", "health", Direction.Neutral),
        new("convicted", "safety", Direction.LowerIsBetter),
    ];

    // Illustrative figures in which everything moves the right way: Gladsaxe improves on both themes, and
    // both areas close in (good-health gap 10 → 6 and 12 → 9; convicted gap 1.0 → 0.5 and 1.5 → 1.0).
    private static List<Observation> GoodYears() =>
    [
        new("good-health", Gladsaxe, 2020, 70), new("good-health", Gladsaxe, 2024, 72),
        new("good-health", Hoeje, 2020, 60), new("good-health", Hoeje, 2024, 66),
        new("good-health", Vaerebro, 2020, 58), new("good-health", Vaerebro, 2024, 63),
        new("residents", Gladsaxe, 2020, 69000), new("residents", Gladsaxe, 2024, 68000),
        new("convicted", Gladsaxe, 2020, 1.0), new("convicted", Gladsaxe, 2024, 0.9),
        new("convicted", Hoeje, 2020, 2.0), new("convicted", Hoeje, 2024, 1.4),
        new("convicted", Vaerebro, 2020, 2.5), new("convicted", Vaerebro, 2024, 1.9),
    ];

    private static AmbitionAssessment Evaluate(IEnumerable<Observation> rows) =>
        AmbitionEvaluator.Evaluate(new AmbitionInput(
            Themes, Indicators, ObservationTable.From(rows), Gladsaxe, [Hoeje, Vaerebro], BaselineYear: 2020));

    private static List<Observation> Replace(List<Observation> rows, string indicator, string area, int year, double? value)
    {
        rows.RemoveAll(r => r.IndicatorCode == indicator && r.AreaCode == area && r.Year == year);
        if (value is { } v) rows.Add(new Observation(indicator, area, year, v));
        return rows;
    }

    [Fact]
    public void Ambition_is_met_when_gladsaxe_improves_everywhere_and_every_gap_narrows()
    {
        var result = Evaluate(GoodYears());

        Assert.Equal(VerdictOutcome.Met, result.Outcome);
        Assert.Equal(VerdictOutcome.Met, result.ReferenceImprovement.Outcome);
        Assert.All(result.AreaGaps, area => Assert.Equal(VerdictOutcome.Met, area.Outcome));
        Assert.All(result.EffectGoals, goal => Assert.Equal(VerdictOutcome.Met, goal.Outcome));
        Assert.Empty(result.Reasons);
        var health = result.ReferenceImprovement.Themes.Single(t => t.ThemeCode == "health");
        Assert.Equal(["residents"], health.IndicatorsNotJudged); // the neutral count fell, and does not matter
    }

    [Fact]
    public void Ambition_is_not_met_when_gladsaxe_worsens_on_a_theme()
    {
        var result = Evaluate(Replace(GoodYears(), "good-health", Gladsaxe, 2024, 69)); // 70 → 69: worse

        Assert.Equal(VerdictOutcome.NotMet, result.Outcome);
        Assert.Equal(["health"], result.ReferenceImprovement.ThemesFailing);
        Assert.Equal(VerdictOutcome.NotMet, result.EffectGoals.Single(g => g.EffectGoalCode == "do-better").Outcome);
        Assert.Equal(VerdictOutcome.Met, result.EffectGoals.Single(g => g.EffectGoalCode == "attractive-districts").Outcome);
        Assert.Contains(result.Reasons, r => r.Contains("not improving on: health"));
    }

    [Fact]
    public void Ambition_is_not_met_when_an_area_gap_widens()
    {
        // Værebro Park convicted stays 2.5 while Gladsaxe falls 1.0 → 0.9: gap 2.5 − 1.0 = 1.5 → 2.5 − 0.9 = 1.6.
        var result = Evaluate(Replace(GoodYears(), "convicted", Vaerebro, 2024, 2.5));

        Assert.Equal(VerdictOutcome.NotMet, result.Outcome);
        var area = result.AreaGaps.Single(a => a.AreaCode == Vaerebro);
        Assert.Equal(["safety"], area.ThemesFailing);
        Assert.Equal(VerdictOutcome.Met, result.AreaGaps.Single(a => a.AreaCode == Hoeje).Outcome);
    }

    [Fact]
    public void Ambition_is_insufficient_data_when_a_gladsaxe_theme_has_no_figures()
    {
        var result = Evaluate(Replace(GoodYears(), "convicted", Gladsaxe, 2024, null));

        Assert.Equal(VerdictOutcome.InsufficientData, result.Outcome);
        Assert.Equal(["safety"], result.ReferenceImprovement.ThemesLackingData);
        var trend = result.ReferenceImprovement.Themes.Single(t => t.ThemeCode == "safety").Trends.Single();
        Assert.Contains("after 2020", trend.MissingFigures.Single().Description);
    }

    [Fact]
    public void An_area_missing_one_theme_is_judged_on_the_themes_with_data()
    {
        var rows = Replace(GoodYears(), "good-health", Vaerebro, 2020, null);

        var result = Evaluate(rows);

        var area = result.AreaGaps.Single(a => a.AreaCode == Vaerebro);
        Assert.Equal(VerdictOutcome.Met, area.Outcome);
        Assert.Equal(["health"], area.ThemesLackingData);
        Assert.Equal(VerdictOutcome.Met, result.Outcome);
        Assert.Contains(result.Reasons, r => r.Contains($"'{Vaerebro}' lacks data on: health"));
    }

    [Fact]
    public void An_area_without_any_figures_makes_the_ambition_insufficient()
    {
        var rows = GoodYears().Where(r => r.AreaCode != Hoeje);

        var result = Evaluate(rows);

        Assert.Equal(VerdictOutcome.InsufficientData, result.AreaGaps.Single(a => a.AreaCode == Hoeje).Outcome);
        Assert.Equal(VerdictOutcome.InsufficientData, result.Outcome);
    }

    [Fact]
    public void An_indicator_with_an_unknown_theme_is_rejected()
    {
        var input = new AmbitionInput(Themes, [new IndicatorDefinition("image-score", "image", Direction.HigherIsBetter)],
            ObservationTable.Empty, Gladsaxe, [Hoeje], 2020);

        Assert.Throws<ArgumentException>(() => AmbitionEvaluator.Evaluate(input));
    }
}
