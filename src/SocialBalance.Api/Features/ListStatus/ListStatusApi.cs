using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Analysis.Lists;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Infrastructure.Http.Limits;

namespace SocialBalance.Api.Features.ListStatus;

public static class ListStatusApi
{
    private const string YearRule = """
        `year` is the list year: the ministry's list of 1 December that year. It is computed from the figures of the
        year before (list year − 1, the `dataYear` in the answer; configurable as `ListStatus:DataYearLag`), with the
        rule set valid for that list year. A criterion averaged over 2 years uses the data year and the year before it.
        """;

    private static readonly CsvColumn<ListCriterionCsvRow>[] CriterionColumns =
    [
        new("area", r => r.Status.Area.Code),
        new("area_name_da", r => r.Status.Area.Name.Da) { SpreadsheetOnly = true },
        new("area_name_en", r => r.Status.Area.Name.En) { SpreadsheetOnly = true },
        new("list_year", r => r.Status.ListYear),
        new("data_year", r => r.Status.DataYear),
        new("rule_set", r => r.Status.RuleSet?.Code),
        new("category", r => r.Status.Category.Code),
        new("category_name_da", r => r.Status.Category.Name.Da) { SpreadsheetOnly = true },
        new("category_name_en", r => r.Status.Category.Name.En) { SpreadsheetOnly = true },
        new("criterion", r => r.Criterion.Code),
        new("indicator", r => r.Criterion.Indicator),
        new("period_years", r => r.Criterion.PeriodYears),
        new("value", r => r.Criterion.Value),
        new("reference_value", r => r.Criterion.ReferenceValue),
        new("comparison", r => r.Criterion.Comparison),
        new("higher_threshold", r => r.Criterion.Higher?.Threshold),
        new("higher_met", r => r.Criterion.Higher?.Met),
        new("higher_margin", r => r.Criterion.Higher?.Margin),
        new("lower_threshold", r => r.Criterion.Lower?.Threshold),
        new("lower_met", r => r.Criterion.Lower?.Met),
        new("lower_margin", r => r.Criterion.Lower?.Margin),
    ];

    private static readonly CsvColumn<ListStatusCsvRow>[] AreaColumns =
    [
        new("area", s => s.Area.Code),
        new("area_name_da", s => s.Area.Name.Da) { SpreadsheetOnly = true },
        new("area_name_en", s => s.Area.Name.En) { SpreadsheetOnly = true },
        new("list_year", s => s.ListYear),
        new("data_year", s => s.DataYear),
        new("rule_set", s => s.RuleSet),
        new("outcome", s => WireCode.Of(s.Outcome)),
        new("category", s => s.Category.Code),
        new("category_name_da", s => s.Category.Name.Da) { SpreadsheetOnly = true },
        new("category_name_en", s => s.Category.Name.En) { SpreadsheetOnly = true },
        new("definitions_met", s => string.Join(" ", s.DefinitionsMet.Select(ListCodes.ToCode))),
        new("on_watch", s => s.Watch.OnWatch),
        new("watch_reasons", s => string.Join("; ", s.Watch.Reasons)),
        new("missing_figures", s => s.MissingFigures),
        new("latest_official_list", s => s.LatestOfficialList is { } e ? $"{e.Year} {e.Category.Code}" : null),
        new("basis", s => WireCode.Of(s.Basis)),
    ];

    public static IEndpointRouteBuilder MapListStatus(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("List status");

        group.MapGet("/areas/{code:code}/list-status", GetAreaListStatus)
            .WithName(nameof(GetAreaListStatus))
            .WithSummary("A housing area under the ministry's list rules (almenboligloven §§ 61 a–61 b) for one list year")
            .WithDescription(YearRule + """

                The rule set (versioned data, valid for a range of list years) gives the criteria, each with its value
                (the average over the years the rule names, both years shown), threshold (a value, a multiple of the
                national average, or a share of the regional average; the national and regional areas are the area's
                country and region in the hierarchy), met or not, and the margin. Categories: vulnerable area = at least
                the rule's number of criteria at the higher thresholds; parallel society = that, and a non-Western share
                above the rule's threshold; prevention area = the lower thresholds and its non-Western rule;
                transformation area = a parallel society in each of the consecutive list years the rule set names, each
                judged by its own year's rule set. Every definition met is listed; the most severe is the category. An
                area below the minimum number of residents is no area in the law's sense.

                Figures first; the official list history where they cannot decide. Each year (the list year asked for and
                each year of the transformation rule) is judged by its figures wherever they decide it. Where they cannot
                (a missing figure, or no rule set valid in the year, as before the first one), the ministry's list of that
                year as stored for the area decides (the list history of /api/v1/areas/{code}): its category, and the
                definitions the law nests in it (a transformation area is a parallel society, a parallel society is a
                vulnerable area). A stored list year is taken as the whole list of that year: an area it does not name was
                on no list. `basis` (and each transformation year's `basis`) says which decided (`figures`,
                `official-list`, or `none`), shows the stored list of that year with its publication date and source, and
                says in words what decided or what is missing. Only what neither decides is `insufficient-data`; the
                missing figures are named. The official list history is shown beside. Also as CSV or a spreadsheet (one row per criterion).
                """ + NumberPrecision.Rules)
            .AddEndpointFilter(RequireKnownArea)
            .Validate<ListStatusQuery>()
            .ProducesNotFoundProblem();

        group.MapGet("/list-status", ListListStatuses)
            .WithName(nameof(ListListStatuses))
            .WithSummary("Every housing area under the ministry's list rules for one list year, with an early-warning watch flag")
            .WithDescription(YearRule + """

                One status per Social Balance area and housing area, as in /api/v1/areas/{code}/list-status. `watch` is set
                when an area is one criterion short of a category more severe than its own, meets the criteria but not the
                non-Western rule, is within `watchMargin` (a share of the threshold; default 0.10, configurable as
                `ListStatus:WatchMargin`) of an unmet threshold, or is one parallel-society year short of a transformation
                area. Each status says where it comes from (`basis`: the figures, or, where they cannot decide, the stored
                official list of the year). Also as CSV or a spreadsheet (one row per area, with `basis`).
                """ + NumberPrecision.Rules)
            .Validate<ListStatusQuery>()
            .RequireRateLimiting(RateLimitSetup.LargeReads);

        return app;
    }

    /// <summary>An unknown area is a 404 before any complaint about the query: there is nothing to ask a year of.</summary>
    private static async ValueTask<object?> RequireKnownArea(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var code = http.GetRouteValue("code") as string ?? "";
        var catalogue = await http.RequestServices.GetRequiredService<AnalysisInputQueries>().LoadCatalogueAsync(http.RequestAborted);
        return catalogue.FindArea(code) is null ? Problems.NotFound("area", code, "/api/v1/areas") : await next(context);
    }

    public static async Task<Results<CsvOrJson<ListStatusResponse>, ProblemHttpResult, ValidationProblem>> GetAreaListStatus(
        string code, [AsParameters] ListStatusQuery query, HttpRequest request,
        AnalysisInputQueries inputs, ListStatusQueries lists, ListStatusOptions options, CancellationToken ct)
    {
        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var area = catalogue.FindArea(code);
        if (area is null)
        {
            return Problems.NotFound("area", code, "/api/v1/areas");
        }

        if (!HousingKinds.Contains(area.KindCode))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["code"] = [$"'{code}' is a {area.KindCode}; the list rules apply to housing areas ({string.Join(", ", HousingKinds)})."],
                },
                title: "The request is not valid.",
                type: ProblemTypes.Validation);
        }

        var status = (await ComputeAsync([code], everyArea: false, query, catalogue, inputs, lists, options, ct)).Responses()[0];
        return CsvOrJson.For<ListStatusResponse>(
            request,
            () => status,
            () => CsvResult.From(status.Criteria.Select(c => new ListCriterionCsvRow(status, c)), CriterionColumns, $"list-status-{code}.csv"));
    }

    public static async Task<CsvOrJson<ListStatusOverviewResponse>> ListListStatuses(
        [AsParameters] ListStatusQuery query, HttpRequest request,
        AnalysisInputQueries inputs, ListStatusQueries lists, ListStatusOptions options, CancellationToken ct)
    {
        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var classified = await ComputeAsync(catalogue.AreasOfKind(HousingKinds), everyArea: true, query, catalogue, inputs, lists, options, ct);
        return CsvOrJson.For<ListStatusOverviewResponse>(
            request,
            () => new ListStatusOverviewResponse(
                query.Year!.Value, query.Year.Value - options.DataYearLag, query.WatchMargin ?? options.WatchMargin,
                classified.Statuses.Count(s => s.Watch.OnWatch), classified.Responses()),
            () => CsvResult.From(classified.CsvRows(), AreaColumns, "list-status.csv"));
    }

    private static readonly string[] HousingKinds = [CatalogueSnapshot.SocialBalanceAreaKind, CatalogueSnapshot.HousingAreaKind];

    // everyArea: all housing areas, so the figures are loaded without a list of areas.
    private static async Task<ClassifiedAreas> ComputeAsync(
        IReadOnlyList<string> areas, bool everyArea, ListStatusQuery query, CatalogueSnapshot catalogue,
        AnalysisInputQueries inputs, ListStatusQueries lists, ListStatusOptions options, CancellationToken ct)
    {
        var rules = await lists.LoadRulesAsync(ct);
        var listYear = query.Year!.Value;
        var lag = options.DataYearLag;
        var references = areas.ToDictionary(a => a, a => (
            National: catalogue.AncestorOfKind(a, "country") ?? options.NationalArea,
            Regional: catalogue.AncestorOfKind(a, "region") ?? options.RegionalArea));
        var years = rules.YearsRead(listYear - lag);
        var observations = everyArea
            ? await inputs.LoadObservationsOfAllAreasAsync(rules.Indicators, years, ct)
            : await inputs.LoadObservationsAsync(
                rules.Indicators, areas.Concat(references.Values.SelectMany(r => new[] { r.National, r.Regional })), years, ct);
        // Every stored entry, also for one area: a list year is stored when any area's entry is.
        var official = new OfficialLists(await lists.LoadOfficialEntriesAsync(ct), rules.Category(ListCategory.None));

        var statuses = areas.Select(area =>
        {
            var request = new ListClassificationRequest(
                area, listYear - lag, observations, references[area].National, references[area].Regional,
                query.WatchMargin ?? options.WatchMargin, official.ByDataYear(area, lag), catalogue.IndicatorDecimals);
            // The Analysis library counts in data years; rule sets are valid for list years.
            return ListClassifier.Classify(dataYear => rules.Catalog.ValidIn(dataYear + lag), request);
        }).ToList();
        return new ClassifiedAreas(statuses, catalogue, rules, official, listYear, lag);
    }
}
