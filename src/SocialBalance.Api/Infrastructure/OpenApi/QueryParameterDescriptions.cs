using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Describes the query (and path) parameters the same way on every endpoint, in words a municipal developer
/// understands. One table, so the same parameter never gets two explanations; where an endpoint takes a
/// parameter differently (one indicator instead of several, a list year instead of a figure's year), its query
/// record says so with <see cref="System.ComponentModel.DescriptionAttribute"/>, which wins.
/// </summary>
public sealed class QueryParameterDescriptions : IOperationFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "The number of the resource, as answered when it was created or listed, e.g. `1`.",
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
        ["baseline"] = "The baseline year that progress is measured from. Default 2020, the year the ambition was set from.",
        ["reference"] = "The area every gap is measured to. Default `gladsaxe`, the municipality.",
        ["areas"] = "The areas to compare with the reference, comma-separated, e.g. `vaerebro-park,hoeje-gladsaxe`. Default: the three Social Balance areas.",
        ["watchMargin"] = "Put an area on watch when an unmet threshold is within this share of it, 0 to 1. Default 0.10 (within 10%).",
    };

    /// <summary>A path segment always holds one code, where the same name in a query may hold several.</summary>
    private static readonly Dictionary<string, string> PathDescriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["indicator"] = ParameterText.OneIndicator,
        ["area"] = "One area code, e.g. `vaerebro-park` (see /api/v1/areas).",
    };

    /// <summary>
    /// The query names marked <see cref="RequiredQueryAttribute"/> in the handler's <c>[AsParameters]</c> record
    /// (ApiExplorer does not carry the record's constructor attributes through).
    /// </summary>
    private static HashSet<string> RequiredQueryNames(MethodInfo? handler) =>
        QueryRecordParameters(handler)
            .Where(p => p.GetCustomAttribute<RequiredQueryAttribute>() is not null)
            .Select(QueryName)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptions an endpoint's query record gives its own parameters.</summary>
    private static Dictionary<string, string> OwnDescriptions(MethodInfo? handler) =>
        QueryRecordParameters(handler)
            .Select(p => (Name: QueryName(p), p.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()?.Description))
            .Where(p => p.Description is not null)
            .ToDictionary(p => p.Name, p => p.Description!, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<ParameterInfo> QueryRecordParameters(MethodInfo? handler) =>
        (handler?.GetParameters() ?? [])
            .Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null)
            .SelectMany(p => p.ParameterType.GetConstructors().SelectMany(c => c.GetParameters()));

    private static string QueryName(ParameterInfo parameter) => parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null)
        {
            return;
        }

        var required = RequiredQueryNames(context.MethodInfo);
        var own = OwnDescriptions(context.MethodInfo);

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (parameter.Name is not null && required.Contains(parameter.Name))
            {
                parameter.Required = true;
            }

            if (string.IsNullOrEmpty(parameter.Description) && parameter.Name is not null
                && (own.TryGetValue(parameter.Name, out var description)
                    || (parameter.In == ParameterLocation.Path && PathDescriptions.TryGetValue(parameter.Name, out description))
                    || Descriptions.TryGetValue(parameter.Name, out description)))
            {
                parameter.Description = description;
            }
        }
    }
}
