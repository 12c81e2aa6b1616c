using SocialBalance.Analysis;
using SocialBalance.Analysis.Observations;
using SocialBalance.Analysis.Progress;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using static SocialBalance.Api.Features.Calculations.FormulaText;

namespace SocialBalance.Api.Features.Progress;

/// <summary>Turns a ProgressAssessment into its response, with the Open SDG computation written out.</summary>
public static class ProgressMapping
{
    public static ProgressSeriesResponse Series(ProgressAssessment a, CodeAndName area, IReadOnlyList<YearValue> figures) => new(
        area,
        a.Status,
        a.Reason?.ToCode(),
        a.ReasonText,
        a.Score,
        a.Method,
        a.ConfiguredBaseYear,
        a.BaseYear,
        a.BaseValue,
        a.BaseValueUsed,
        a.CurrentYear,
        a.CurrentValue,
        a.Target?.Value,
        a.Target?.Year,
        a.TargetValueUsed,
        a.Limit,
        a.Sign,
        a.Direction,
        a.ObservedCagr,
        a.RequiredCagr,
        a.ProgressValue,
        a.Coefficient,
        a.Thresholds,
        Formula(a),
        figures);

    public static ProgressSummaryResponse Summary(ProgressSummary s) => new(
        s.SeriesCount,
        s.ScoredCount,
        s.Scores,
        s.MeanScore,
        s.Status,
        s.MeanScore is { } mean
            ? $"mean score = ({string.Join(" + ", s.Scores.Select(Term))}) / {s.ScoredCount} = {Num(mean)} → " +
              (s.AllTargetsAchieved ? "every series achieved its target" : "2.5 ≤ s ≤ 5 substantial, 0 ≤ s < 2.5 moderate, −2.5 ≤ s < 0 limited, else deterioration")
            : "no series has a score");

    private static string Formula(ProgressAssessment a)
    {
        if (a.Status == ProgressStatus.NotAvailable)
        {
            return $"not available: {a.ReasonText}";
        }

        var dir = a.Direction.Sign();
        var better = a.Direction == Direction.HigherIsBetter ? "≥" : "≤";
        if (a.Status == ProgressStatus.TargetAchieved)
        {
            return $"current value {Num(a.CurrentValue)} ({a.CurrentYear}) {better} target {Num(a.Target!.Value)}: target achieved, score 5";
        }

        var years = a.CurrentYear!.Value - a.BaseYear!.Value;
        var observed = $"observed CAGR = ({Num(a.CurrentValue)} / {Term(a.BaseValueUsed!.Value)})^(1/{years}) − 1 = {Num(a.ObservedCagr)}";
        var p = a.ProgressValue!.Value;
        if (a.Method == ProgressMethod.WithTarget)
        {
            var targetYears = a.Target!.Year - a.BaseYear.Value;
            var score = p >= 0.6 ? "min(7.1429 · r − 4.2857, 5)" : "max(4.1667 · r − 2.5, −5)";
            return $"{observed}; required CAGR = ({Num(a.TargetValueUsed)} / {Term(a.BaseValueUsed.Value)})^(1/{targetYears}) − 1 = {Num(a.RequiredCagr)}; " +
                $"r = sign · dir · observed / |required| = {a.Sign} · {dir} · {Term(a.ObservedCagr!.Value)} / {Num(Math.Abs(a.RequiredCagr!.Value))} = {Num(p)}; " +
                $"r ≥ 0.95 substantial, 0.6 ≤ r < 0.95 moderate, 0 ≤ r < 0.6 limited, r < 0 deterioration → {WireCode.Of(a.Status)}; " +
                $"score = {score} = {Num(a.Score)}";
        }

        var c = a.Coefficient!.Value;
        var t = a.Thresholds!;
        var scoreText = p < t.Low ? "max(125 · p − 2.5, −5)"
            : c == 0 ? "5 (c = 0)"
            : p >= t.High ? "min(500 · p / c − 5, 5)"
            : p >= t.Medium ? "250 · p / c − 1.25"
            : "500 · p / c − 2.5";
        var limit = a.Limit is { } l ? $"c = limit coefficient for base {Num(a.BaseValue)} and limit {Num(l)} = {Num(c)}" : "c = 1 (no limit)";
        return $"{observed}; p = sign · dir · CAGR = {a.Sign} · {dir} · {Term(a.ObservedCagr!.Value)} = {Num(p)}; {limit}; " +
            $"thresholds high {Num(t.High)}, medium {Num(t.Medium)}, low {Num(t.Low)} → {WireCode.Of(a.Status)}; score = {scoreText} = {Num(a.Score)}";
    }
}
