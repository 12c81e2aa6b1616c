using Microsoft.AspNetCore.Mvc;
using SocialBalance.Analysis;
using SocialBalance.Analysis.Observations;
using SocialBalance.Analysis.Progress;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Progress;

/// <summary>The series to measure without a target: one indicator in one or more areas.</summary>
public sealed record ProgressQuery(
    [FromQuery(Name = "indicator"), RequiredQuery, System.ComponentModel.Description(ParameterText.OneIndicator)] string? Indicator,
    [FromQuery(Name = "area")] string? Area,
    [FromQuery(Name = "baseline")] int? Baseline)
{
    public const int DefaultBaseline = 2020;

    public int BaselineOrDefault => Baseline ?? DefaultBaseline;
}

/// <summary>
/// The Open SDG progress measure of one series, with every input and intermediate figure.
/// </summary>
/// <param name="Area">The area of the series.</param>
/// <param name="Status">target-achieved, substantial, moderate, limited, deterioration, or not-available.</param>
/// <param name="Reason">Why the status is not-available (a code), else null.</param>
/// <param name="ReasonText">The reason in words.</param>
/// <param name="Score">From −5 to 5, at 6 decimals; null when not available.</param>
/// <param name="Method">with-target (method 2) or without-target (method 1).</param>
/// <param name="ConfiguredBaseYear">The base year asked for.</param>
/// <param name="BaseYear">The base year used: the configured one, or the next year with a figure.</param>
/// <param name="BaseValue">The figure of the base year.</param>
/// <param name="BaseValueUsed">The base value in the formula (0 is replaced by 0.001).</param>
/// <param name="CurrentYear">The latest year with a figure.</param>
/// <param name="CurrentValue">The figure of the current year.</param>
/// <param name="TargetValue">The target value (method 2).</param>
/// <param name="TargetYear">The target year (method 2).</param>
/// <param name="TargetValueUsed">The target value in the formula (0 is replaced by 0.001).</param>
/// <param name="Limit">The natural limit L of method 1 (the end of the indicator's valid range in its good direction).</param>
/// <param name="Sign">−1 when the base value is negative, else +1.</param>
/// <param name="Direction">+1 (higher is better) or −1 (lower is better) in the formulas.</param>
/// <param name="ObservedCagr">CAGR(base → current), at 6 decimals.</param>
/// <param name="RequiredCagr">CAGR(base → target, target year) (method 2), at 6 decimals.</param>
/// <param name="ProgressValue">The ratio r (method 2) or the growth p (method 1), at 6 decimals, from the rounded CAGRs.</param>
/// <param name="Coefficient">The limit coefficient c (method 1; 1 without a limit), at 6 decimals.</param>
/// <param name="Thresholds">The thresholds the progress value was compared with (method 1: already multiplied by c, at 6 decimals).</param>
/// <param name="Formula">The computation in words, to check with a calculator.</param>
/// <param name="Figures">Every figure of the series.</param>
public sealed record ProgressSeriesResponse(
    CodeAndName Area,
    ProgressStatus Status,
    string? Reason,
    string? ReasonText,
    double? Score,
    ProgressMethod Method,
    int ConfiguredBaseYear,
    int? BaseYear,
    double? BaseValue,
    double? BaseValueUsed,
    int? CurrentYear,
    double? CurrentValue,
    double? TargetValue,
    int? TargetYear,
    double? TargetValueUsed,
    double? Limit,
    int? Sign,
    Direction Direction,
    double? ObservedCagr,
    double? RequiredCagr,
    double? ProgressValue,
    double? Coefficient,
    ProgressThresholds? Thresholds,
    string Formula,
    IReadOnlyList<YearValue> Figures);

/// <summary>Several series combined: the mean of the available scores (at 6 decimals), and its status.</summary>
public sealed record ProgressSummaryResponse(
    int SeriesCount, int ScoredCount, IReadOnlyList<double> Scores, double? MeanScore, ProgressStatus Status, string Formula);

/// <summary>Progress without a target (Open SDG method 1) of one indicator in each area asked for.</summary>
public sealed record ProgressResponse(
    CodeAndName Indicator, string Unit, Direction Direction, int BaselineYear, ProgressSummaryResponse Summary, IReadOnlyList<ProgressSeriesResponse> Series);
