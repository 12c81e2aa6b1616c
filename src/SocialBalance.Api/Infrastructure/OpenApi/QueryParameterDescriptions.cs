using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Describes the query parameters the same way on every endpoint, in words a municipal developer
/// understands. One table, so the same parameter never gets two explanations.
/// </summary>
public sealed class QueryParameterDescriptions : IOperationFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "The numeric id of the resource, as answered when it was created or listed.",
        ["code"] = "The public code of the resource, e.g. `vaerebro-park`.",
        ["indicator"] = "One or more indicator codes, comma-separated, e.g. `feel-safe,convicted` (see /api/v1/indicators).",
        ["area"] = "One or more area codes, comma-separated, e.g. `gladsaxe,vaerebro-park` (see /api/v1/areas).",
        ["from"] = "First year to include (inclusive), e.g. `2016`.",
        ["to"] = "Last year to include (inclusive); not before `from`.",
        ["year"] = "The year the figure describes, e.g. `2020`.",
        ["dryRun"] = "`true` checks every row and answers the summary without writing anything. Default `false`.",
        ["mode"] = "`upsert` (default): existing figures get a new revision. `create-only`: an existing figure is a conflict (409) and nothing is written.",
        ["asOf"] = "A timestamp (ISO 8601, e.g. `2026-01-31T12:00:00Z`): the figures as they stood then, from their revision history.",
        ["updatedSince"] = "A timestamp (ISO 8601): only figures written or retracted after it, retractions included and flagged (`retracted: true`), to keep a copy in sync.",
        ["organisation"] = "Only imports of this organisation (admin keys; a reporter always sees its own).",
        ["page"] = "Page number, from 1. Default 1.",
        ["pageSize"] = "Figures per page, 1 to 1000. Default 100.",
        ["kind"] = "Only areas of this kind: `country`, `region`, `municipality`, `social-balance-area` or `housing-area`.",
        ["parent"] = "Only the areas directly inside this area, e.g. `gladsaxe`.",
        ["theme"] = "Only the indicators of this theme, e.g. `safety` (see /api/v1/themes).",
        ["effectGoal"] = "Only the themes of this effect goal, e.g. `do-better` (see /api/v1/effect-goals).",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null)
        {
            return;
        }

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (string.IsNullOrEmpty(parameter.Description) && parameter.Name is not null
                && Descriptions.TryGetValue(parameter.Name, out var description))
            {
                parameter.Description = description;
            }
        }
    }
}
