using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Observations;
using SocialBalance.Analysis.Themes;

namespace SocialBalance.Analysis.Tests.Themes;

public class ThemeVerdictCalculatorTests
{
    private static TrendAssessment Trend(string indicator, bool? improving, Direction direction = Direction.HigherIsBetter)
    {
        var outcome = improving is null ? AssessmentOutcome.InsufficientData
            : direction == Direction.Neutral ? AssessmentOutcome.NotJudged
            : AssessmentOutcome.Assessed;
        IReadOnlyList<MissingFigure> missing = improving is null ? [MissingFigure.For(indicator, "gladsaxe", 2024)] : [];
        return new TrendAssessment(indicator, "gladsaxe", direction, 2020, 2024, outcome, null, null, null,
            direction == Direction.Neutral ? null : improving, missing);
    }

    private static GapAssessment Gap(string indicator, bool narrowed, bool improving) =>
        new(indicator, "vaerebro-park", "gladsaxe", Direction.LowerIsBetter, 2020, 2024, AssessmentOutcome.Assessed,
            null, null, null, null, narrowed, improving, []);

    [Fact]
    public void All_judged_indicators_improving_is_improving()
    {
        var verdict = ThemeVerdictCalculator.ForImprovement("citizenship", "gladsaxe",
            [Trend("voter-turnout", true), Trend("association-members", true)]);

        Assert.Equal(VerdictOutcome.Met, verdict.Outcome);
        Assert.Equal("improving", verdict.Label);
        Assert.Equal((2, 2, 0), (verdict.Considered, verdict.Improved, verdict.Insufficient));
        Assert.False(verdict.IsPartial);
    }

    [Fact]
    public void One_indicator_not_improving_makes_the_theme_not_improving()
    {
        var verdict = ThemeVerdictCalculator.ForImprovement("citizenship", "gladsaxe",
            [Trend("voter-turnout", true), Trend("association-members", false)]);

        Assert.Equal(VerdictOutcome.NotMet, verdict.Outcome);
        Assert.Equal("not-improving", verdict.Label);
        Assert.Equal(["association-members"], verdict.IndicatorsFailing);
    }

    [Fact]
    public void Neutral_indicator_never_counts()
    {
        var verdict = ThemeVerdictCalculator.ForImprovement("resident-mix", "gladsaxe",
            [Trend("new-tenants-working", true), Trend("non-western", false, Direction.Neutral)]);

        Assert.Equal(VerdictOutcome.Met, verdict.Outcome);
        Assert.Equal(1, verdict.Considered);
        Assert.Equal(["non-western"], verdict.IndicatorsNotJudged);
    }

    [Fact]
    public void Verdict_from_the_indicators_with_data_is_flagged_partial()
    {
        var verdict = ThemeVerdictCalculator.ForImprovement("citizenship", "gladsaxe",
            [Trend("voter-turnout", true), Trend("association-members", null)]);

        Assert.Equal(VerdictOutcome.Met, verdict.Outcome);
        Assert.True(verdict.IsPartial);
        Assert.Equal(["association-members"], verdict.IndicatorsLackingData);
        Assert.Equal((2, 1, 1), (verdict.Considered, verdict.Improved, verdict.Insufficient));
    }

    [Fact]
    public void No_judged_indicator_with_data_is_insufficient_data()
    {
        var verdict = ThemeVerdictCalculator.ForImprovement("resident-mix", "gladsaxe",
            [Trend("new-tenants-working", null), Trend("residents", true, Direction.Neutral)]);

        Assert.Equal(VerdictOutcome.InsufficientData, verdict.Outcome);
        Assert.Equal("insufficient-data", verdict.Label);
        Assert.False(verdict.IsPartial);
    }

    [Fact]
    public void Gap_verdict_counts_narrowed_and_improved_separately()
    {
        var verdict = ThemeVerdictCalculator.ForGapNarrowing("self-sufficiency", "vaerebro-park",
            [Gap("outside-work-education", narrowed: true, improving: true), Gap("primary-school-only", narrowed: false, improving: true)]);

        Assert.Equal(VerdictOutcome.NotMet, verdict.Outcome);
        Assert.Equal("gap-not-narrowing", verdict.Label);
        Assert.Equal((2, 2, 1), (verdict.Considered, verdict.Improved, verdict.Narrowed));
        Assert.Equal(["primary-school-only"], verdict.IndicatorsFailing);
        Assert.Equal(2, verdict.Gaps.Count);
    }
}
