using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Themes;

public static class ThemeApi
{
    private static readonly CsvColumn<ThemeSummary>[] CsvColumns =
    [
        new("code", t => t.Code),
        new("name_da", t => t.Name.Da),
        new("name_en", t => t.Name.En),
        new("effect_goal", t => t.EffectGoal.Code),
        new("effect_goal_name_da", t => t.EffectGoal.Name.Da) { SpreadsheetOnly = true },
        new("effect_goal_name_en", t => t.EffectGoal.Name.En) { SpreadsheetOnly = true },
    ];

    public static RouteGroupBuilder MapThemes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/themes").WithTags("Themes");

        group.MapGet("/", ListThemes)
            .WithName(nameof(ListThemes))
            .WithSummary("The nine themes of the 2030 ambition")
            .WithDescription("Each theme with the effect goal it serves. Filter with `effectGoal`. Also as CSV (`Accept: text/csv` or `format=csv`) or a spreadsheet (`format=xlsx`).")
            .Validate<ThemeListQuery>();

        group.MapGet("/{code:code}", GetTheme)
            .WithName(nameof(GetTheme))
            .WithSummary("One theme with its effect goal and indicators")
            .WithDescription("A theme's verdict in the 2030 ambition comes from these indicators; `neutral` ones never count.")
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<CsvOrJson<IReadOnlyList<ThemeSummary>>> ListThemes(
        [AsParameters] ThemeListQuery query, HttpRequest request, ThemeQueries queries, CancellationToken ct)
    {
        var themes = await queries.ListAsync(query.EffectGoal, ct);
        return CsvOrJson.For<IReadOnlyList<ThemeSummary>>(request, () => themes, () => CsvResult.From(themes, CsvColumns, "themes.csv"));
    }

    public static async Task<Results<Ok<ThemeResponse>, ProblemHttpResult>> GetTheme(
        string code, ThemeQueries queries, CancellationToken ct)
    {
        var theme = await queries.FindAsync(code, ct);
        return theme is null ? Problems.NotFound("theme", code, "/api/v1/themes") : TypedResults.Ok(theme);
    }
}
