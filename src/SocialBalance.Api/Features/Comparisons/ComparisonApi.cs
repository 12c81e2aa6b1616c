using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Themes;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Comparisons;

public static class ComparisonApi
{
    private static readonly CsvColumn<GapComparisonResponse>[] GapColumns =
    [
        new("indicator", g => g.Indicator.Code),
        new("indicator_name_da", g => g.Indicator.Name.Da) { SpreadsheetOnly = true },
        new("indicator_name_en", g => g.Indicator.Name.En) { SpreadsheetOnly = true },
        new("area", g => g.Area.Code),
        new("area_name_da", g => g.Area.Name.Da) { SpreadsheetOnly = true },
        new("area_name_en", g => g.Area.Name.En) { SpreadsheetOnly = true },
        new("reference", g => g.ReferenceArea),
        new("direction", g => WireCode.Of(g.Direction)),
        new("outcome", g => WireCode.Of(g.Outcome)),
        new("verdict", g => WireCode.Of(g.Verdict)),
        new("baseline_year", g => g.BaselineYear),
        new("baseline_value", g => g.Baseline?.AreaValue) { IndicatorOf = g => g.Indicator.Code },
        new("baseline_reference_value", g => g.Baseline?.ReferenceValue) { IndicatorOf = g => g.Indicator.Code },
        new("baseline_shortfall", g => g.Baseline?.Shortfall) { IndicatorOf = g => g.Indicator.Code },
        new("latest_year", g => g.LatestYear),
        new("latest_value", g => g.Latest?.AreaValue) { IndicatorOf = g => g.Indicator.Code },
        new("latest_reference_value", g => g.Latest?.ReferenceValue) { IndicatorOf = g => g.Indicator.Code },
        new("latest_difference", g => g.Latest?.Difference) { IndicatorOf = g => g.Indicator.Code },
        new("latest_shortfall", g => g.Latest?.Shortfall) { IndicatorOf = g => g.Indicator.Code },
        new("latest_relative_shortfall", g => g.Latest?.RelativeShortfall),
        new("shortfall_change", g => g.ShortfallChange) { IndicatorOf = g => g.Indicator.Code },
        new("narrowed", g => g.Narrowed),
        new("improving", g => g.Improving),
        new("missing", g => string.Join("; ", g.MissingFigures.Select(m => m.Description))),
    ];

    private static readonly CsvColumn<ThemeVerdictResponse>[] ThemeColumns =
    [
        new("theme", t => t.Theme.Code),
        new("theme_name_da", t => t.Theme.Name.Da) { SpreadsheetOnly = true },
        new("theme_name_en", t => t.Theme.Name.En) { SpreadsheetOnly = true },
        new("area", t => t.Area.Code),
        new("area_name_da", t => t.Area.Name.Da) { SpreadsheetOnly = true },
        new("area_name_en", t => t.Area.Name.En) { SpreadsheetOnly = true },
        new("criterion", t => WireCode.Of(t.Criterion)),
        new("verdict", t => t.Verdict),
        new("considered", t => t.Considered),
        new("improved", t => t.Improved),
        new("narrowed", t => t.Narrowed),
        new("insufficient", t => t.Insufficient),
        new("partial", t => t.IsPartial),
        new("indicators_failing", t => string.Join(" ", t.IndicatorsFailing)),
        new("indicators_lacking_data", t => string.Join(" ", t.IndicatorsLackingData)),
    ];

    public static RouteGroupBuilder MapComparisons(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/comparisons").WithTags("Comparisons");

        group.MapGet("/", ListComparisons)
            .WithName(nameof(ListComparisons))
            .WithSummary("Gaps of the areas to Gladsaxe Kommune: shortfall at the baseline and now, and whether it narrowed")
            .WithDescription("""
                For each indicator (`indicator`, default all) and area (`areas`, default the three Social Balance areas):
                the area's value and the reference area's value (`reference`, default `gladsaxe`) in the baseline year
                (`baseline`, default 2020) and in the latest year (`year`, default the latest year after the baseline in
                which both areas have a figure).

                Verdict: shortfall = reference − area when higher is better, area − reference when lower is better
                (positive = behind); relative shortfall = shortfall / |reference|. `gap-narrowing` when the latest
                shortfall is smaller than the baseline shortfall (compared at 9 decimals), else `gap-not-narrowing`.
                Neutral indicators show the values and the difference but no verdict (`not-judged`). A missing figure
                gives `insufficient-data` and is named in `missingFigures`; it is never an error.
                Also as CSV or a spreadsheet (one row per indicator and area) with `Accept: text/csv` or `format=csv|xlsx`.
                """ + NumberPrecision.Rules)
            .Validate<ComparisonQuery>();

        group.MapGet("/themes", ListThemeComparisons)
            .WithName(nameof(ListThemeComparisons))
            .WithSummary("Per theme and area: indicators considered, how many improved, how many gaps narrowed, and the verdict")
            .WithDescription("""
                The reference area (default `gladsaxe`) is judged on improvement: an indicator improves when its value moved
                in the good direction from the baseline to the latest year. The other areas (default the Social Balance
                areas) are judged on their gaps to the reference: see /api/v1/comparisons.

                A theme's verdict: neutral indicators never count; judged indicators without the figures are skipped and
                listed; the theme is met (`improving` / `gap-narrowing`) when every judged indicator with data meets the
                criterion, not met as soon as one does not, and `insufficient-data` when none has data. `isPartial` flags
                a verdict resting on only some of the theme's indicators. Also as CSV or a spreadsheet (one row per theme and area).
                """ + NumberPrecision.Rules)
            .Validate<ThemeComparisonQuery>();

        return group;
    }

    public static async Task<CsvOrJson<ComparisonResponse>> ListComparisons(
        [AsParameters] ComparisonQuery query, HttpRequest request, AnalysisInputQueries inputs, CancellationToken ct)
    {
        IComparisonScope scope = query;
        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var indicators = CodeList.Parse(query.Indicator) is { Count: > 0 } chosen
            ? catalogue.Indicators.Where(i => chosen.Contains(i.Code)).ToList()
            : catalogue.Indicators.ToList();
        var areas = ComparisonAreas.Of(scope, catalogue);
        // A gap reads the baseline year and the years after it (the latest common one when `year` is not given).
        var observations = await inputs.LoadObservationsAsync(
            indicators.Select(i => i.Code), areas.Append(scope.ReferenceOrDefault),
            YearRange.FromBaseline(scope.BaselineOrDefault, query.Year), ct);

        var items = (
            from indicator in indicators
            from area in areas
            select ComparisonMapping.Gap(
                GapCalculator.CompareGap(observations, indicator.Code, indicator.Direction, area,
                    scope.ReferenceOrDefault, scope.BaselineOrDefault, query.Year),
                catalogue)).ToList();

        return CsvOrJson.For<ComparisonResponse>(
            request,
            () => new ComparisonResponse(
                scope.BaselineOrDefault, query.Year, catalogue.AreaRef(scope.ReferenceOrDefault), items),
            () => CsvResult.From(items, GapColumns, "comparisons.csv"));
    }

    public static async Task<CsvOrJson<ThemeComparisonResponse>> ListThemeComparisons(
        [AsParameters] ThemeComparisonQuery query, HttpRequest request, AnalysisInputQueries inputs, CancellationToken ct)
    {
        IComparisonScope scope = query;
        var reference = scope.ReferenceOrDefault;
        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var themes = CodeList.Parse(query.Theme) is { Count: > 0 } chosen
            ? catalogue.Themes.Where(t => chosen.Contains(t.Code)).ToList()
            : catalogue.Themes.ToList();
        var areas = ComparisonAreas.Of(scope, catalogue);
        var indicators = catalogue.Indicators.Where(i => themes.Any(t => t.Code == i.ThemeCode)).ToList();
        var observations = await inputs.LoadObservationsAsync(
            indicators.Select(i => i.Code), areas.Append(reference), YearRange.FromBaseline(scope.BaselineOrDefault, query.Year), ct);

        var items = new List<ThemeVerdictResponse>();
        foreach (var theme in themes)
        {
            var own = indicators.Where(i => i.ThemeCode == theme.Code).ToList();
            var trends = own.Select(i => GapCalculator.CompareTrend(
                observations, i.Code, i.Direction, reference, scope.BaselineOrDefault, query.Year)).ToList();
            items.Add(ComparisonMapping.Theme(ThemeVerdictCalculator.ForImprovement(theme.Code, reference, trends), catalogue));
            foreach (var area in areas)
            {
                var gaps = own.Select(i => GapCalculator.CompareGap(
                    observations, i.Code, i.Direction, area, reference, scope.BaselineOrDefault, query.Year)).ToList();
                items.Add(ComparisonMapping.Theme(ThemeVerdictCalculator.ForGapNarrowing(theme.Code, area, gaps), catalogue));
            }
        }

        return CsvOrJson.For<ThemeComparisonResponse>(
            request,
            () => new ThemeComparisonResponse(scope.BaselineOrDefault, query.Year, catalogue.AreaRef(reference), items),
            () => CsvResult.From(items, ThemeColumns, "theme-comparisons.csv"));
    }
}
