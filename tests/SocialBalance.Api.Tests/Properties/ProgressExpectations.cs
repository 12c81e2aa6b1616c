using SocialBalance.Analysis;
using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Observations;
using SocialBalance.Analysis.Progress;
using static SocialBalance.Api.Tests.Properties.Mismatches;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>
/// <c>/api/v1/progress</c> and <c>/api/v1/targets/{id}/progress</c> against <see cref="ProgressMeasure"/> (and, for a
/// gap target, <see cref="GapCalculator"/> and <see cref="GapTarget"/>) on the figures /observations shows.
/// </summary>
public static class ProgressExpectations
{
    /// <summary>Method 1 for one indicator in every area the scenarios write for, and the areas combined.</summary>
    public static async Task CheckProgressAsync(HttpClient client, PublishedCatalogue catalogue, ObservationTable table, int baseline, string indicator, Mismatches m)
    {
        var areas = FigureValues.Areas;
        var url = $"/api/v1/progress?indicator={indicator}&area={string.Join(",", areas)}&baseline={baseline}";
        var answer = await Answers.GetAsync(client, url);
        var facts = catalogue.Indicator(indicator);
        var expected = areas.ToDictionary(a => a, a => ProgressMeasure.Assess(table.Series(indicator, a), facts.Direction, baseline, null, facts.NaturalLimit));

        var series = m.Items(url, Field(answer, "series"), s => CodeOf(Field(s, "area")), areas);
        foreach (var (area, json) in series.Where(s => expected.ContainsKey(s.Key)))
        {
            Assessment(m, $"{url} series[{area}]", expected[area], json, table.Series(indicator, area));
        }

        var summary = ProgressAggregator.Combine(expected.Values);
        var where = $"{url} summary";
        m.Int($"{where}.scoredCount", summary.ScoredCount, Field(Field(answer, "summary"), "scoredCount"));
        m.Derived($"{where}.meanScore", summary.MeanScore, Field(Field(answer, "summary"), "meanScore"));
        m.Text($"{where}.status", summary.Status.ToCode(), Field(Field(answer, "summary"), "status"));
    }

    /// <summary>Method 2 for a target made by the scenario: its value, or the value its gap to the reference gives.</summary>
    public static async Task CheckTargetAsync(HttpClient client, PublishedCatalogue catalogue, ObservationTable table, TargetSlot target, Mismatches m)
    {
        var url = $"/api/v1/targets/{target.Id}/progress";
        var answer = await Answers.GetAsync(client, url);
        var spec = target.Spec;
        var direction = catalogue.Indicator(spec.Indicator).Direction;
        var series = table.Series(spec.Indicator, spec.Area);
        var progress = Field(answer, "progress");
        if (!spec.IsGap)
        {
            m.Text($"{url} gapTarget", null, Field(answer, "gapTarget"));
            m.Missing($"{url} missingFigures", [], Field(answer, "missingFigures"));
            Assessment(m, $"{url} progress", ProgressMeasure.Assess(series, direction, spec.BaselineYear, new ProgressTarget(target.TargetValue!.Value, target.TargetYear)), progress, series);
            return;
        }

        var gap = GapCalculator.CompareGap(table, spec.Indicator, direction, spec.Area, spec.Reference, spec.BaselineYear);
        var gapTarget = GapTarget.FromGap(gap, spec.RemainingShare, target.TargetYear, catalogue.Indicator(spec.Indicator).Decimals);
        // A neutral indicator gets no target whatever figures exist, so it names none as missing.
        var named = gapTarget is null && direction != Direction.Neutral ? GapExpectations.Triples(gap.MissingFigures) : [];
        m.Missing($"{url} missingFigures", named, Field(answer, "missingFigures"));
        if (gapTarget is null)
        {
            // Documented: no gap, no target value; a neutral indicator says so, an area ahead of its reference at the
            // baseline says that, otherwise the missing figures are named.
            var reason = direction == Direction.Neutral ? NotAvailableReason.NeutralDirection.ToCode()
                : gap.Baseline is { } baseline && GapTarget.StartsAhead(baseline) ? "area-ahead-at-baseline"
                : "gap-not-computable";
            m.Text($"{url} gapTarget", null, Field(answer, "gapTarget"));
            m.Text($"{url} progress.status", ProgressStatus.NotAvailable.ToCode(), Field(progress, "status"));
            m.Text($"{url} progress.reason", reason, Field(progress, "reason"));
            m.YearValues($"{url} progress.figures", series.Select(p => (p.Year, p.Value)), Field(progress, "figures"));
            return;
        }

        var json = Field(answer, "gapTarget");
        m.Int($"{url} gapTarget.baselineYear", gapTarget.BaselineYear, Field(json, "baselineYear"));
        m.Derived($"{url} gapTarget.baselineShortfall", gapTarget.BaselineShortfall, Field(json, "baselineShortfall"));
        m.Derived($"{url} gapTarget.targetShortfall", gapTarget.TargetShortfall, Field(json, "targetShortfall"));
        m.Int($"{url} gapTarget.referenceYear", gapTarget.ReferenceYear, Field(json, "referenceYear"));
        m.Figure($"{url} gapTarget.referenceValue", gapTarget.ReferenceValue, Field(json, "referenceValue"));
        m.Derived($"{url} gapTarget.targetValue", gapTarget.TargetValue, Field(json, "targetValue"));
        Assessment(m, $"{url} progress", ProgressMeasure.Assess(series, direction, spec.BaselineYear, gapTarget.ToProgressTarget()), progress, series);
    }

    /// <summary>One series' assessment: status, score, the years and figures it used, and every intermediate number.</summary>
    private static void Assessment(Mismatches m, string where, ProgressAssessment e, JsonElement a, IReadOnlyList<YearValue> figures)
    {
        m.Text($"{where}.status", e.Status.ToCode(), Field(a, "status"));
        m.Text($"{where}.reason", e.Reason?.ToCode(), Field(a, "reason"));
        m.Derived($"{where}.score", e.Score, Field(a, "score"));
        m.Int($"{where}.baseYear", e.BaseYear, Field(a, "baseYear"));
        m.Figure($"{where}.baseValue", e.BaseValue, Field(a, "baseValue"));
        m.Int($"{where}.currentYear", e.CurrentYear, Field(a, "currentYear"));
        m.Figure($"{where}.currentValue", e.CurrentValue, Field(a, "currentValue"));
        m.Derived($"{where}.targetValue", e.Target?.Value, Field(a, "targetValue"));
        m.Int($"{where}.sign", e.Sign, Field(a, "sign"));
        m.Derived($"{where}.observedCagr", e.ObservedCagr, Field(a, "observedCagr"));
        m.Derived($"{where}.requiredCagr", e.RequiredCagr, Field(a, "requiredCagr"));
        m.Derived($"{where}.progressValue", e.ProgressValue, Field(a, "progressValue"));
        m.Derived($"{where}.coefficient", e.Coefficient, Field(a, "coefficient"));
        m.Figure($"{where}.limit", e.Limit, Field(a, "limit"));
        m.YearValues($"{where}.figures", figures.Select(p => (p.Year, p.Value)), Field(a, "figures"));
    }
}
