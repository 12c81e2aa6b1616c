using SocialBalance.Analysis;
using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Observations;
using SocialBalance.Analysis.Themes;
using static SocialBalance.Api.Tests.Properties.Mismatches;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>
/// <c>/api/v1/comparisons</c> and <c>/api/v1/comparisons/themes</c> against <see cref="GapCalculator"/> and
/// <see cref="ThemeVerdictCalculator"/>; the theme comparer is also the ambition's.
/// </summary>
public static class GapExpectations
{
    /// <summary>Every indicator in every Social Balance area against the municipality (the defaults).</summary>
    public static async Task CheckGapsAsync(HttpClient client, PublishedCatalogue catalogue, ObservationTable table, int baseline, Mismatches m)
    {
        var url = $"/api/v1/comparisons?baseline={baseline}";
        var answer = await Answers.GetAsync(client, url);
        var expected = (
            from indicator in catalogue.Indicators
            from area in catalogue.SocialBalanceAreas
            select GapCalculator.CompareGap(table, indicator.Code, indicator.Direction, area, PublishedCatalogue.Reference, baseline))
            .ToDictionary(g => $"{g.IndicatorCode}/{g.AreaCode}");
        var items = m.Items(url, Field(answer, "items"), ItemKey, expected.Keys);
        foreach (var (key, item) in items.Where(i => expected.ContainsKey(i.Key)))
        {
            Gap(m, $"{url} [{key}]", expected[key], item);
        }
    }

    /// <summary>Each theme: the municipality's improvement and each Social Balance area's gap.</summary>
    public static async Task CheckThemesAsync(HttpClient client, PublishedCatalogue catalogue, ObservationTable table, int baseline, Mismatches m)
    {
        var url = $"/api/v1/comparisons/themes?baseline={baseline}";
        var answer = await Answers.GetAsync(client, url);
        var expected = new Dictionary<string, ThemeVerdict>();
        foreach (var theme in catalogue.Themes)
        {
            var own = catalogue.Indicators.Where(i => i.Theme == theme.Code).ToList();
            var reference = ThemeVerdictCalculator.ForImprovement(theme.Code, PublishedCatalogue.Reference,
                own.Select(i => GapCalculator.CompareTrend(table, i.Code, i.Direction, PublishedCatalogue.Reference, baseline)).ToList());
            expected[$"{theme.Code}/{PublishedCatalogue.Reference}"] = reference;
            foreach (var area in catalogue.SocialBalanceAreas)
            {
                expected[$"{theme.Code}/{area}"] = ThemeVerdictCalculator.ForGapNarrowing(theme.Code, area,
                    own.Select(i => GapCalculator.CompareGap(table, i.Code, i.Direction, area, PublishedCatalogue.Reference, baseline)).ToList());
            }
        }

        var items = m.Items(url, Field(answer, "items"),
            t => $"{CodeOf(Field(t, "theme"))}/{CodeOf(Field(t, "area"))}", expected.Keys);
        foreach (var (key, item) in items.Where(i => expected.ContainsKey(i.Key)))
        {
            Theme(m, $"{url} [{key}]", expected[key], item);
        }
    }

    /// <summary>A theme verdict with the counts, the indicators named, and every trend or gap it rests on.</summary>
    public static void Theme(Mismatches m, string where, ThemeVerdict e, JsonElement a)
    {
        m.Text($"{where}.criterion", Wire(e.Criterion), Field(a, "criterion"));
        m.Text($"{where}.outcome", Wire(e.Outcome), Field(a, "outcome"));
        m.Text($"{where}.verdict", e.Label, Field(a, "verdict"));
        m.Int($"{where}.considered", e.Considered, Field(a, "considered"));
        m.Int($"{where}.improved", e.Improved, Field(a, "improved"));
        m.Int($"{where}.narrowed", e.Narrowed, Field(a, "narrowed"));
        m.Int($"{where}.insufficient", e.Insufficient, Field(a, "insufficient"));
        m.Bool($"{where}.isPartial", e.IsPartial, Field(a, "isPartial"));
        m.Codes($"{where}.indicatorsFailing", e.IndicatorsFailing, Field(a, "indicatorsFailing"));
        m.Codes($"{where}.indicatorsLackingData", e.IndicatorsLackingData, Field(a, "indicatorsLackingData"));
        m.Codes($"{where}.indicatorsNotJudged", e.IndicatorsNotJudged, Field(a, "indicatorsNotJudged"));
        m.Codes($"{where}.trends", e.Trends.Select(t => t.IndicatorCode), Field(a, "trends"), "indicator");
        var trends = Elements(Field(a, "trends"));
        foreach (var (trend, i) in e.Trends.Select((t, i) => (t, i)).Where(t => t.i < trends.Count))
        {
            var json = trends[i];
            var at = $"{where}.trends[{trend.IndicatorCode}]";
            m.Text($"{at}.outcome", Wire(trend.Outcome), Field(json, "outcome"));
            m.Int($"{at}.latestYear", trend.LatestYear, Field(json, "latestYear"));
            m.Figure($"{at}.baselineValue", trend.BaselineValue, Field(json, "baselineValue"));
            m.Figure($"{at}.latestValue", trend.LatestValue, Field(json, "latestValue"));
            m.Derived($"{at}.change", trend.Change, Field(json, "change"));
            m.Bool($"{at}.improving", trend.Improving, Field(json, "improving"));
            m.Missing($"{at}.missingFigures", Triples(trend.MissingFigures), Field(json, "missingFigures"));
        }

        m.Codes($"{where}.gaps", e.Gaps.Select(g => g.IndicatorCode), Field(a, "gaps"), "indicator");
        var gaps = Elements(Field(a, "gaps"));
        foreach (var (gap, i) in e.Gaps.Select((g, i) => (g, i)).Where(g => g.i < gaps.Count))
        {
            Gap(m, $"{where}.gaps[{gap.IndicatorCode}]", gap, gaps[i]);
        }
    }

    /// <summary>One gap: outcome and verdict, the two shortfalls with the figures they came from, and the changes.</summary>
    public static void Gap(Mismatches m, string where, GapAssessment e, JsonElement a)
    {
        m.Text($"{where}.outcome", Wire(e.Outcome), Field(a, "outcome"));
        var verdict = e.Outcome switch
        {
            AssessmentOutcome.InsufficientData => "insufficient-data",
            AssessmentOutcome.NotJudged => "not-judged",
            _ => e.Narrowed == true ? "gap-narrowing" : "gap-not-narrowing",
        };
        m.Text($"{where}.verdict", verdict, Field(a, "verdict"));
        m.Int($"{where}.latestYear", e.LatestYear, Field(a, "latestYear"));
        Shortfall(m, $"{where}.baseline", e.Baseline, Field(a, "baseline"));
        Shortfall(m, $"{where}.latest", e.Latest, Field(a, "latest"));
        m.Derived($"{where}.areaChange", e.AreaChange, Field(a, "areaChange"));
        m.Derived($"{where}.shortfallChange", e.ShortfallChange, Field(a, "shortfallChange"));
        m.Bool($"{where}.narrowed", e.Narrowed, Field(a, "narrowed"));
        m.Bool($"{where}.improving", e.Improving, Field(a, "improving"));
        m.Missing($"{where}.missingFigures", Triples(e.MissingFigures), Field(a, "missingFigures"));
    }

    public static IEnumerable<(string, string, int?)> Triples(IEnumerable<MissingFigure> missing) =>
        missing.Select(f => (f.IndicatorCode, f.AreaCode, f.Year));

    /// <summary>An enum as the service writes it: its name in kebab case.</summary>
    public static string Wire<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static void Shortfall(Mismatches m, string where, ShortfallMeasurement? e, JsonElement a)
    {
        if (e is null)
        {
            m.Text(where, null, a);
            return;
        }

        m.Int($"{where}.year", e.Year, Field(a, "year"));
        m.Figure($"{where}.areaValue", e.AreaValue, Field(a, "areaValue"));
        m.Figure($"{where}.referenceValue", e.ReferenceValue, Field(a, "referenceValue"));
        m.Derived($"{where}.difference", e.Difference, Field(a, "difference"));
        m.Derived($"{where}.relativeDifference", e.RelativeDifference, Field(a, "relativeDifference"));
        m.Derived($"{where}.shortfall", e.Shortfall, Field(a, "shortfall"));
        m.Derived($"{where}.relativeShortfall", e.RelativeShortfall, Field(a, "relativeShortfall"));
    }

    private static string ItemKey(JsonElement item) =>
        $"{CodeOf(Field(item, "indicator"))}/{CodeOf(Field(item, "area"))}";
}
