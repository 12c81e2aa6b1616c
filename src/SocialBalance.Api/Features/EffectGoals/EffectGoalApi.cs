using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.EffectGoals;

public static class EffectGoalApi
{
    private static readonly CsvColumn<EffectGoalResponse>[] CsvColumns =
    [
        new("code", g => g.Code),
        new("name_da", g => g.Name.Da),
        new("name_en", g => g.Name.En),
        new("themes", g => string.Join(';', g.Themes.Select(t => t.Code))),
    ];

    public static RouteGroupBuilder MapEffectGoals(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/effect-goals").WithTags("Effect goals");

        group.MapGet("/", ListEffectGoals)
            .WithName(nameof(ListEffectGoals))
            .WithSummary("The three effect goals of the 2030 ambition")
            .WithDescription("The City Council's effect goals, each with the themes that serve it. Also as CSV (`Accept: text/csv` or `format=csv`) or a spreadsheet (`format=xlsx`).");

        group.MapGet("/{code:code}", GetEffectGoal)
            .WithName(nameof(GetEffectGoal))
            .WithSummary("One effect goal with its themes")
            .WithDescription("The themes are linked to goals as data, so the municipality can move a theme without a new release.")
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<CsvOrJson<IReadOnlyList<EffectGoalResponse>>> ListEffectGoals(HttpRequest request, EffectGoalQueries queries, CancellationToken ct)
    {
        var goals = await queries.ListAsync(ct);
        return CsvOrJson.For<IReadOnlyList<EffectGoalResponse>>(request, () => goals, () => CsvResult.From(goals, CsvColumns, "effect-goals.csv"));
    }

    public static async Task<Results<Ok<EffectGoalResponse>, ProblemHttpResult>> GetEffectGoal(
        string code, EffectGoalQueries queries, CancellationToken ct)
    {
        var goal = await queries.FindAsync(code, ct);
        return goal is null ? Problems.NotFound("effect goal", code, "/api/v1/effect-goals") : TypedResults.Ok(goal);
    }
}
