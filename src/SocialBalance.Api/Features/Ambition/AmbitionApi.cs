using SocialBalance.Analysis.Ambition;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Comparisons;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Ambition;

public static class AmbitionApi
{
    private static readonly LocalizedText CouncilAmbition = new(
        "Hele Gladsaxe kommune skal forbedre sig på alle ni temaer og forskellen mellem Gladsaxe Kommune og de tre Social Balance-områder skal mindskes.",
        "The whole of Gladsaxe Kommune must improve on all nine themes, and the difference between Gladsaxe Kommune and the three Social Balance areas must be reduced.");

    private static readonly CsvColumn<AmbitionCsvRow>[] CsvColumns =
    [
        new("ambition", r => r.Outcome),
        new("part", r => r.Part),
        new("area", r => r.Theme.Area.Code),
        new("area_name_da", r => r.Theme.Area.Name.Da) { SpreadsheetOnly = true },
        new("area_name_en", r => r.Theme.Area.Name.En) { SpreadsheetOnly = true },
        new("effect_goal", r => r.EffectGoal),
        new("theme", r => r.Theme.Theme.Code),
        new("theme_name_da", r => r.Theme.Theme.Name.Da) { SpreadsheetOnly = true },
        new("theme_name_en", r => r.Theme.Theme.Name.En) { SpreadsheetOnly = true },
        new("verdict", r => r.Theme.Verdict),
        new("considered", r => r.Theme.Considered),
        new("improved", r => r.Theme.Improved),
        new("narrowed", r => r.Theme.Narrowed),
        new("insufficient", r => r.Theme.Insufficient),
        new("partial", r => r.Theme.IsPartial),
        new("indicators_failing", r => string.Join(" ", r.Theme.IndicatorsFailing)),
        new("indicators_lacking_data", r => string.Join(" ", r.Theme.IndicatorsLackingData)),
    ];

    public static RouteGroupBuilder MapAmbition(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/ambition").WithTags("Ambition");

        group.MapGet("/", GetAmbition)
            .WithName(nameof(GetAmbition))
            .WithSummary("The City Council's 2030 ambition: met, not met, or insufficient data, with the evidence")
            .WithDescription("""
                (a) Does Gladsaxe Kommune improve on every one of the nine themes, and (b) does the shortfall of each of
                the three Social Balance areas to Gladsaxe Kommune shrink, from `baseline` (default 2020) to `year`
                (default: each comparison's latest year with the figures it needs)?
                """ + "\n\n" + AmbitionEvaluator.Rules + " Also as CSV or a spreadsheet (one row per part, area and theme)." + NumberPrecision.Rules)
            .Validate<AmbitionQuery>();

        return group;
    }

    public static async Task<CsvOrJson<AmbitionResponse>> GetAmbition(
        [AsParameters] AmbitionQuery query, HttpRequest request, AnalysisInputQueries inputs, CancellationToken ct)
    {
        var response = await AssessAsync(query, inputs, ct);
        return CsvOrJson.For<AmbitionResponse>(
            request,
            () => response,
            () => CsvResult.From(CsvRows(response), CsvColumns, "ambition.csv"));
    }

    /// <summary>
    /// The ambition judged over the years of <paramref name="query"/>: what <c>GET /api/v1/ambition</c> answers, for
    /// whatever else shows it (the status page), so both always say the same.
    /// </summary>
    public static async Task<AmbitionResponse> AssessAsync(AmbitionQuery query, AnalysisInputQueries inputs, CancellationToken ct)
    {
        var (catalogue, assessment) = await AmbitionEvaluation.EvaluateAsync(query.BaselineOrDefault, query.Year, inputs, ct);
        var reference = assessment.ReferenceAreaCode;

        return new AmbitionResponse(
            CouncilAmbition,
            assessment.BaselineYear,
            assessment.LatestYear,
            catalogue.AreaRef(reference),
            assessment.Outcome,
            Area(assessment.ReferenceImprovement, catalogue),
            assessment.AreaGaps.Select(a => Area(a, catalogue)).ToList(),
            assessment.EffectGoals.Select(g => EffectGoal(g, catalogue)).ToList(),
            assessment.Reasons);
    }

    private static AreaVerdictResponse Area(AreaVerdict verdict, CatalogueSnapshot catalogue) => new(
        catalogue.AreaRef(verdict.AreaCode),
        verdict.Criterion,
        verdict.Outcome,
        verdict.ThemesFailing,
        verdict.ThemesLackingData,
        verdict.Themes.Select(t => ComparisonMapping.Theme(t, catalogue)).ToList());

    private static AreaOutcomeResponse Outcome(AreaVerdict verdict) => new(
        verdict.AreaCode,
        verdict.Criterion,
        verdict.Outcome,
        verdict.Themes.Select(t => new ThemeOutcomeResponse(t.ThemeCode, t.Outcome, t.Label)).ToList());

    private static EffectGoalVerdictResponse EffectGoal(EffectGoalVerdict goal, CatalogueSnapshot catalogue) => new(
        catalogue.EffectGoals.Single(g => g.Code == goal.EffectGoalCode),
        goal.ThemeCodes.Select(code => catalogue.Themes.Single(t => t.Code == code).Ref).ToList(),
        goal.Outcome,
        Outcome(goal.ReferenceImprovement),
        goal.AreaGaps.Select(Outcome).ToList());

    private static IEnumerable<AmbitionCsvRow> CsvRows(AmbitionResponse response)
    {
        var outcome = WireCode.Of(response.Outcome);
        string GoalOf(ThemeVerdictResponse t) => response.EffectGoals.First(g => g.Themes.Any(x => x.Code == t.Theme.Code)).EffectGoal.Code;
        foreach (var theme in response.Improvement.Themes)
        {
            yield return new AmbitionCsvRow("a-improvement", outcome, theme, GoalOf(theme));
        }

        foreach (var theme in response.GapsShrink.SelectMany(a => a.Themes))
        {
            yield return new AmbitionCsvRow("b-gap-shrinks", outcome, theme, GoalOf(theme));
        }
    }
}
