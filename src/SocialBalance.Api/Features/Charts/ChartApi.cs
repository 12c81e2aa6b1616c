using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Features.Ambition;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Comparisons;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Charts;

public static class ChartApi
{
    private const string Embedding = """

        An SVG image (`image/svg+xml`) to embed in any web page with `<img src="…">`, in Danish (default) or English
        (`lang`), `width` × `height` pixels (default 800 × 450; it also scales, having a viewBox). The figures are the ones
        the JSON endpoints show at that moment: a retracted figure is gone from the chart as from the lists. For screen
        readers the image has a `<title>` and a `<desc>` that says in words what it shows; colours are the Okabe–Ito
        palette, and every area also has its own marker shape. Each figure's marker carries `class="point"`,
        `data-area`, `data-year` and `data-value`. Cached and revalidated like every read (ETag, 304).
        """;

    public static RouteGroupBuilder MapCharts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/charts").WithTags("Charts");

        group.MapGet("/indicators/{code:code}", GetIndicatorChart)
            .WithName(nameof(GetIndicatorChart))
            .WithSummary("An indicator's yearly figures in the areas, as a line chart (SVG)")
            .WithDescription("""
                One line per area (`areas`, default the three Social Balance areas) with a marker for each figure, and the
                reference area (`reference`, default `gladsaxe`) in black, thicker and dashed, labelled "reference". The
                baseline year (`baseline`, default 2020) is a dotted vertical line; the subtitle says which way is better
                (or that the indicator is neutral); the value axis names the unit. The same figures as
                /api/v1/observations for the indicator and these areas.
                """ + Embedding)
            .AddEndpointFilter(RequireKnownIndicator)
            .Validate<IndicatorChartQuery>()
            .ProducesNotFoundProblem();

        group.MapGet("/gaps", GetGapChart)
            .WithName(nameof(GetGapChart))
            .WithSummary("The gaps of the areas to Gladsaxe Kommune over the years, for one indicator, as a line chart (SVG)")
            .WithDescription("""
                For each area (`areas`, default the three Social Balance areas), in every year it and the reference area
                (`reference`, default `gladsaxe`) both have a figure of `indicator`: the shortfall, as /api/v1/comparisons
                computes it: reference − area when higher is better, area − reference when lower is better, so positive
                means behind and a narrowing gap moves towards the zero line. A neutral indicator shows the difference
                area − reference instead (not judged). The zero line and the baseline year (`baseline`, default 2020) are
                marked.
                """ + Embedding)
            .Validate<GapChartQuery>();

        group.MapGet("/themes/{code:code}", GetThemeChart)
            .WithName(nameof(GetThemeChart))
            .WithSummary("A theme's verdicts in the 2030 ambition, one row per area, as a small board (SVG)")
            .WithDescription("""
                The verdicts of /api/v1/ambition for this theme, from `baseline` (default 2020) to `year` (default each
                comparison's latest year with figures): Gladsaxe Kommune judged on whether it improves, each Social Balance
                area on whether its gap to the municipality narrows. Each verdict is a cell in its colour (met, not met,
                insufficient data) that also says it in words with a sign (✓, ✗, ?), and how many indicators it rests on.
                Each cell carries `class="verdict"`, `data-area`, `data-verdict` (the label of /api/v1/ambition) and
                `data-outcome`.
                """ + Embedding)
            .AddEndpointFilter(RequireKnownTheme)
            .Validate<ThemeChartQuery>()
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<Results<SvgResult, ProblemHttpResult>> GetIndicatorChart(
        string code, [AsParameters] IndicatorChartQuery query, AnalysisInputQueries inputs, CancellationToken ct)
    {
        IComparisonScope scope = query;
        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var indicator = catalogue.Indicators.FirstOrDefault(i => i.Code == code);
        if (indicator is null)
        {
            return Problems.NotFound("indicator", code, "/api/v1/indicators");
        }

        var areas = ComparisonAreas.Of(scope, catalogue);
        var figures = await inputs.LoadObservationsAsync([indicator.Code], areas.Append(scope.ReferenceOrDefault), ct);
        return new SvgResult(IndicatorChart.Draw(indicator, scope.ReferenceOrDefault, areas, scope.BaselineOrDefault, figures, catalogue, query));
    }

    public static async Task<SvgResult> GetGapChart(
        [AsParameters] GapChartQuery query, AnalysisInputQueries inputs, CancellationToken ct)
    {
        IComparisonScope scope = query;
        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var indicator = catalogue.Indicator(CodeList.Parse(query.Indicator)[0]);
        var areas = ComparisonAreas.Of(scope, catalogue);
        var figures = await inputs.LoadObservationsAsync([indicator.Code], areas.Append(scope.ReferenceOrDefault), ct);
        return new SvgResult(GapChart.Draw(indicator, scope.ReferenceOrDefault, areas, scope.BaselineOrDefault, figures, catalogue, query));
    }

    public static async Task<Results<SvgResult, ProblemHttpResult>> GetThemeChart(
        string code, [AsParameters] ThemeChartQuery query, AnalysisInputQueries inputs, CancellationToken ct)
    {
        IComparedYears years = query;
        var ambition = await AmbitionEvaluation.EvaluateAsync(years.BaselineOrDefault, query.Year, inputs, ct);
        var theme = ambition.Catalogue.Themes.FirstOrDefault(t => t.Code == code);
        return theme is null
            ? Problems.NotFound("theme", code, "/api/v1/themes")
            : new SvgResult(ThemeBoard.Draw(theme, ambition, query));
    }

    /// <summary>An unknown indicator is a 404 before any complaint about the query: there is nothing to draw.</summary>
    private static ValueTask<object?> RequireKnownIndicator(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        RequireKnownAsync(context, next, "indicator", "/api/v1/indicators", (catalogue, code) => catalogue.Indicators.Any(i => i.Code == code));

    private static ValueTask<object?> RequireKnownTheme(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        RequireKnownAsync(context, next, "theme", "/api/v1/themes", (catalogue, code) => catalogue.Themes.Any(t => t.Code == code));

    private static async ValueTask<object?> RequireKnownAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, string what, string listPath, Func<CatalogueSnapshot, string, bool> known)
    {
        var http = context.HttpContext;
        var code = http.GetRouteValue("code") as string ?? "";
        var catalogue = await http.RequestServices.GetRequiredService<AnalysisInputQueries>().LoadCatalogueAsync(http.RequestAborted);
        return known(catalogue, code) ? await next(context) : Problems.NotFound(what, code, listPath);
    }
}
