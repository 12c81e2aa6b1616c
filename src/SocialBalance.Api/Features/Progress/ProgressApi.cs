using SocialBalance.Analysis.Progress;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Progress;

public static class ProgressApi
{
    /// <summary>The columns of one indicator's series: its values are figures of that indicator, with its decimals.</summary>
    internal static CsvColumn<ProgressSeriesResponse>[] SeriesColumns(string indicator) =>
    [
        new("area", s => s.Area.Code),
        new("area_name_da", s => s.Area.Name.Da) { SpreadsheetOnly = true },
        new("area_name_en", s => s.Area.Name.En) { SpreadsheetOnly = true },
        new("method", s => WireCode.Of(s.Method)),
        new("status", s => WireCode.Of(s.Status)),
        new("reason", s => s.Reason),
        new("score", s => s.Score),
        new("base_year", s => s.BaseYear),
        new("base_value", s => s.BaseValue) { IndicatorOf = _ => indicator },
        new("current_year", s => s.CurrentYear),
        new("current_value", s => s.CurrentValue) { IndicatorOf = _ => indicator },
        new("target_year", s => s.TargetYear),
        new("target_value", s => s.TargetValue) { IndicatorOf = _ => indicator },
        new("observed_cagr", s => s.ObservedCagr),
        new("required_cagr", s => s.RequiredCagr),
        new("progress_value", s => s.ProgressValue),
        new("coefficient", s => s.Coefficient),
        new("formula", s => s.Formula),
    ];

    public static RouteGroupBuilder MapProgress(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/progress").WithTags("Progress");

        group.MapGet("/", GetProgress)
            .WithName(nameof(GetProgress))
            .WithSummary("Progress of one indicator without a target (Open SDG method 1), per area and combined")
            .WithDescription("""
                The Open SDG progress measure (open-sdg.readthedocs.io, "progress methodology") for `indicator` in each
                `area` (default the Social Balance areas), from `baseline` (default 2020; when it has no figure, the next
                year that has one) to the latest year with a figure.

                p = sign · dir · CAGR(base → current), CAGR = (x_current / x_base)^(1/(t_current − t_base)) − 1, a zero base
                becomes 0.001, sign = −1 for a negative base, dir = +1 higher is better / −1 lower is better. Thresholds
                high 0.015, medium 0.005, low 0, each × c, where c is the limit coefficient for the indicator's natural
                limit L (the end of its valid range in the good direction, e.g. 100% or 0%): c = 1 if b ≥ 2L,
                1 − (b/L)^4.44 if b ≤ L, else 1 − ((2L − b)/L)^4.44 (b = |base|). Status: p ≥ high substantial, ≥ medium
                moderate, ≥ low limited, else deterioration; score from −5 to 5 as in domain.md. Not available, with the
                reason, for fewer than 2 years, no figure from the base year, opposite signs, or a neutral indicator.
                The areas combine as the mean score. Also as CSV or a spreadsheet (one row per area).
                """ + NumberPrecision.Rules)
            .Validate<ProgressQuery>();

        return group;
    }

    public static async Task<CsvOrJson<ProgressResponse>> GetProgress(
        [AsParameters] ProgressQuery query, HttpRequest request, AnalysisInputQueries inputs, CancellationToken ct)
    {
        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var indicator = catalogue.Indicator(CodeList.Parse(query.Indicator)[0]);
        var chosen = CodeList.Parse(query.Area);
        var areas = chosen.Count > 0
            ? catalogue.Areas.Select(a => a.Code).Where(chosen.Contains).ToList()
            : catalogue.AreasOfKind(CatalogueSnapshot.SocialBalanceAreaKind).ToList();
        var observations = await inputs.LoadObservationsAsync([indicator.Code], areas, ct);

        var assessments = areas.Select(area =>
        {
            var figuresOfArea = observations.Series(indicator.Code, area);
            var assessment = ProgressMeasure.Assess(
                figuresOfArea, indicator.Direction, query.BaselineOrDefault, target: null, limit: indicator.NaturalLimit);
            return (Assessment: assessment, Response: ProgressMapping.Series(assessment, catalogue.AreaRef(area), figuresOfArea));
        }).ToList();
        var series = assessments.Select(a => a.Response).ToList();
        if (request.WantsTable())
        {
            return CsvOrJson<ProgressResponse>.Csv(CsvResult.From(series, SeriesColumns(indicator.Code), "progress.csv"));
        }

        var summary = ProgressMapping.Summary(ProgressAggregator.Combine(assessments.Select(a => a.Assessment)));
        return CsvOrJson<ProgressResponse>.Json(new ProgressResponse(
            indicator.Ref, indicator.Unit, indicator.Direction, query.BaselineOrDefault, summary, series));
    }
}
