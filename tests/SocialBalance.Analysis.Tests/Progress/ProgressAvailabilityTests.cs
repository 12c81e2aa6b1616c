using SocialBalance.Analysis.Progress;
using static SocialBalance.Analysis.Tests.TestData.Figures;

namespace SocialBalance.Analysis.Tests.Progress;

/// <summary>Base year selection and the "not available" cases.</summary>
public class ProgressAvailabilityTests
{
    [Fact]
    public void Missing_base_year_moves_to_the_next_year_with_data()
    {
        var result = ProgressMeasure.Assess(
            Series((2019, 90), (2021, 100), (2022, 101)), Direction.HigherIsBetter, baseYear: 2020);

        Assert.Equal(2020, result.ConfiguredBaseYear);
        Assert.Equal(2021, result.BaseYear);
        Assert.Equal(100, result.BaseValue);
        Assert.Equal(0.01, result.ProgressValue!.Value, 9); // (101/100)^(1/1) − 1, not from the 2019 figure
    }

    [Fact]
    public void Series_order_does_not_matter()
    {
        var result = ProgressMeasure.Assess(Series((2022, 101), (2021, 100)), Direction.HigherIsBetter, 2021);

        Assert.Equal((2021, 2022), (result.BaseYear!.Value, result.CurrentYear!.Value));
    }

    [Fact]
    public void One_data_point_is_not_available()
    {
        var result = ProgressMeasure.Assess(Series((2024, 80)), Direction.HigherIsBetter, 2020);

        Assert.Equal(ProgressStatus.NotAvailable, result.Status);
        Assert.Equal(NotAvailableReason.FewerThanTwoYears, result.Reason);
        Assert.Equal("fewer-than-two-years", result.Reason!.Value.ToCode());
        Assert.Equal(2024, result.CurrentYear);
        Assert.Null(result.Score);
    }

    [Fact]
    public void One_data_point_at_or_beyond_the_target_is_target_achieved()
    {
        var result = ProgressMeasure.Assess(Series((2024, 9)), Direction.LowerIsBetter, 2020, new ProgressTarget(10, 2030));

        Assert.Equal(ProgressStatus.TargetAchieved, result.Status);
        Assert.Equal(5, result.Score);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void One_data_point_short_of_the_target_is_still_not_available()
    {
        var result = ProgressMeasure.Assess(Series((2024, 11)), Direction.LowerIsBetter, 2020, new ProgressTarget(10, 2030));

        Assert.Equal(NotAvailableReason.FewerThanTwoYears, result.Reason);
    }

    [Fact]
    public void Opposite_signs_with_the_target_reached_are_target_achieved()
    {
        var result = ProgressMeasure.Assess(Series((2020, 2), (2025, -3)), Direction.LowerIsBetter, 2020, new ProgressTarget(0, 2030));

        Assert.Equal(ProgressStatus.TargetAchieved, result.Status);
        Assert.Equal(5, result.Score);
    }

    [Fact]
    public void A_target_year_not_after_the_base_year_is_not_available_even_when_reached()
    {
        var result = ProgressMeasure.Assess(Series((2020, 80), (2024, 95)), Direction.HigherIsBetter, 2020, new ProgressTarget(90, 2020));

        Assert.Equal(ProgressStatus.NotAvailable, result.Status);
        Assert.Equal(NotAvailableReason.TargetYearNotAfterBase, result.Reason);
    }

    [Fact]
    public void Empty_series_is_not_available()
    {
        var result = ProgressMeasure.Assess([], Direction.HigherIsBetter, 2020);

        Assert.Equal(NotAvailableReason.NoData, result.Reason);
    }

    [Fact]
    public void Base_year_equal_to_the_latest_year_is_not_available()
    {
        var result = ProgressMeasure.Assess(Series((2020, 80), (2024, 82)), Direction.HigherIsBetter, baseYear: 2024);

        Assert.Equal(NotAvailableReason.BaseNotBeforeCurrent, result.Reason);
    }

    [Fact]
    public void Base_year_after_all_data_is_not_available()
    {
        var result = ProgressMeasure.Assess(Series((2020, 80), (2024, 82)), Direction.HigherIsBetter, baseYear: 2025);

        Assert.Equal(NotAvailableReason.NoFigureFromBaseYear, result.Reason);
    }

    [Fact]
    public void Opposite_signs_are_not_available()
    {
        var result = ProgressMeasure.Assess(Series((2020, -5), (2024, 3)), Direction.HigherIsBetter, 2020);

        Assert.Equal(NotAvailableReason.OppositeSigns, result.Reason);
        Assert.Null(result.ObservedCagr);
        Assert.NotNull(result.ReasonText);
    }

    [Fact]
    public void Zero_base_with_a_negative_current_value_has_opposite_signs()
    {
        // 0 becomes 0.001 (positive) before the sign check, as in the reference.
        var result = ProgressMeasure.Assess(Series((2020, 0), (2024, -1)), Direction.HigherIsBetter, 2020);

        Assert.Equal(NotAvailableReason.OppositeSigns, result.Reason);
    }

    [Fact]
    public void Neutral_indicator_has_no_progress()
    {
        var result = ProgressMeasure.Assess(Series((2020, 50), (2024, 52)), Direction.Neutral, 2020);

        Assert.Equal(NotAvailableReason.NeutralDirection, result.Reason);
    }

    [Fact]
    public void Two_values_for_one_year_are_rejected()
    {
        Assert.Throws<ArgumentException>(() =>
            ProgressMeasure.Assess(Series((2020, 50), (2020, 52)), Direction.HigherIsBetter, 2020));
    }
}
