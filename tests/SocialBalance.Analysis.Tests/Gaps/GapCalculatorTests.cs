using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Observations;
using static SocialBalance.Analysis.Tests.TestData.Figures;

namespace SocialBalance.Analysis.Tests.Gaps;

public class GapCalculatorTests
{
    private const string Indicator = "outside-work-education";
    private const string Area = "hoeje-gladsaxe";
    private const string Reference = "gladsaxe";

    [Fact]
    public void Shrinking_shortfall_is_narrowed_and_a_falling_share_is_improving()
    {
        var table = Table(
            (Indicator, Area, 2020, 30.0), (Indicator, Area, 2024, 26.0),
            (Indicator, Reference, 2020, 14.0), (Indicator, Reference, 2024, 13.0));

        var gap = GapCalculator.CompareGap(table, Indicator, Direction.LowerIsBetter, Area, Reference, 2020);

        Assert.Equal(AssessmentOutcome.Assessed, gap.Outcome);
        Assert.Equal(2024, gap.LatestYear);
        Assert.Equal(16.0, gap.Baseline!.Shortfall!.Value, 9); // 30 − 14
        Assert.Equal(13.0, gap.Latest!.Shortfall!.Value, 9);   // 26 − 13
        Assert.Equal(-3.0, gap.ShortfallChange!.Value, 9);     // 13 − 16
        Assert.Equal(-4.0, gap.AreaChange!.Value, 9);          // 26 − 30
        Assert.True(gap.Narrowed);
        Assert.True(gap.Improving);
        Assert.Empty(gap.MissingFigures);
    }

    [Fact]
    public void Improving_area_whose_reference_improves_faster_has_a_widening_gap()
    {
        var table = Table(
            (Indicator, Area, 2020, 30.0), (Indicator, Area, 2024, 28.0),
            (Indicator, Reference, 2020, 14.0), (Indicator, Reference, 2024, 11.0));

        var gap = GapCalculator.CompareGap(table, Indicator, Direction.LowerIsBetter, Area, Reference, 2020);

        Assert.Equal(17.0, gap.Latest!.Shortfall!.Value, 9); // 28 − 11 > 16 = 30 − 14
        Assert.False(gap.Narrowed);
        Assert.True(gap.Improving);
    }

    [Fact]
    public void An_unchanged_shortfall_is_not_narrowed_despite_floating_point_noise()
    {
        // 25.0 − 10.0 = 15 and 24.9 − 9.9 = 14.999999999999998 in doubles: the same gap, so not narrowed.
        var table = Table(
            (Indicator, Area, 2020, 25.0), (Indicator, Area, 2024, 24.9),
            (Indicator, Reference, 2020, 10.0), (Indicator, Reference, 2024, 9.9));

        var gap = GapCalculator.CompareGap(table, Indicator, Direction.LowerIsBetter, Area, Reference, 2020);

        Assert.False(gap.Narrowed);
        Assert.True(gap.Improving);
    }

    [Fact]
    public void Latest_year_is_the_latest_year_both_areas_have()
    {
        var table = Table(
            (Indicator, Area, 2020, 30.0), (Indicator, Area, 2024, 26.0), (Indicator, Area, 2025, 20.0),
            (Indicator, Reference, 2020, 14.0), (Indicator, Reference, 2024, 13.0));

        var gap = GapCalculator.CompareGap(table, Indicator, Direction.LowerIsBetter, Area, Reference, 2020);

        Assert.Equal(2024, gap.LatestYear);
    }

    [Fact]
    public void Missing_reference_figure_at_baseline_is_insufficient_data_naming_it()
    {
        var table = Table(
            (Indicator, Area, 2020, 30.0), (Indicator, Area, 2024, 26.0),
            (Indicator, Reference, 2024, 13.0));

        var gap = GapCalculator.CompareGap(table, Indicator, Direction.LowerIsBetter, Area, Reference, 2020, latestYear: 2024);

        Assert.Equal(AssessmentOutcome.InsufficientData, gap.Outcome);
        var missing = Assert.Single(gap.MissingFigures);
        Assert.Equal((Indicator, Reference, (int?)2020), (missing.IndicatorCode, missing.AreaCode, missing.Year));
        Assert.Null(gap.Narrowed);
    }

    [Fact]
    public void No_figure_after_the_baseline_is_insufficient_data_without_a_year()
    {
        var table = Table((Indicator, Area, 2020, 30.0), (Indicator, Reference, 2020, 14.0));

        var gap = GapCalculator.CompareGap(table, Indicator, Direction.LowerIsBetter, Area, Reference, 2020);

        Assert.Equal(AssessmentOutcome.InsufficientData, gap.Outcome);
        Assert.Equal([Area, Reference], gap.MissingFigures.Select(m => m.AreaCode));
        Assert.All(gap.MissingFigures, m => Assert.Null(m.Year));
        Assert.All(gap.MissingFigures, m => Assert.Contains($"in '{m.AreaCode}' for any year after 2020", m.Description));
    }

    [Fact]
    public void When_only_the_reference_has_no_figure_after_the_baseline_the_reference_is_named()
    {
        var table = Table((Indicator, Area, 2020, 30.0), (Indicator, Area, 2023, 28.0), (Indicator, Reference, 2020, 14.0));

        var gap = CompareGapOf(table);

        var missing = Assert.Single(gap.MissingFigures);
        Assert.Equal((Reference, (int?)null), (missing.AreaCode, missing.Year));
        Assert.Equal($"no value for '{Indicator}' in '{Reference}' for any year after 2020", missing.Description);
    }

    [Fact]
    public void Figures_after_the_baseline_in_different_years_are_named_as_no_common_year()
    {
        var table = Table(
            (Indicator, Area, 2020, 30.0), (Indicator, Area, 2022, 29.0),
            (Indicator, Reference, 2020, 14.0), (Indicator, Reference, 2023, 13.0));

        var missing = Assert.Single(CompareGapOf(table).MissingFigures);

        Assert.Equal($"no year after 2020 with a value for '{Indicator}' in both '{Area}' and '{Reference}'", missing.Description);
    }

    private static GapAssessment CompareGapOf(ObservationTable table) =>
        GapCalculator.CompareGap(table, Indicator, Direction.LowerIsBetter, Area, Reference, 2020);

    [Fact]
    public void Neutral_indicator_is_measured_but_not_judged()
    {
        var table = Table(
            ("non-western", Area, 2020, 50.0), ("non-western", Area, 2024, 48.0),
            ("non-western", Reference, 2020, 20.0), ("non-western", Reference, 2024, 21.0));

        var gap = GapCalculator.CompareGap(table, "non-western", Direction.Neutral, Area, Reference, 2020);

        Assert.Equal(AssessmentOutcome.NotJudged, gap.Outcome);
        Assert.Equal(27.0, gap.Latest!.Difference, 9); // 48 − 21
        Assert.Null(gap.Narrowed);
        Assert.Null(gap.Improving);
    }

    [Fact]
    public void Trend_of_the_reference_area_itself()
    {
        var table = Table(("feel-safe", Area, 2016, 68.8), ("feel-safe", Area, 2017, 79.6));

        var trend = GapCalculator.CompareTrend(table, "feel-safe", Direction.HigherIsBetter, Area, 2016);

        Assert.Equal(AssessmentOutcome.Assessed, trend.Outcome);
        Assert.Equal(10.8, trend.Change!.Value, 9); // 79.6 − 68.8
        Assert.True(trend.Improving);
    }

    [Fact]
    public void An_unchanged_value_is_not_improving()
    {
        var table = Table(("feel-safe", Area, 2020, 80.0), ("feel-safe", Area, 2024, 80.0));

        var trend = GapCalculator.CompareTrend(table, "feel-safe", Direction.HigherIsBetter, Area, 2020);

        Assert.False(trend.Improving);
    }
}
