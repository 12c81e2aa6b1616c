using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.Areas;

/// <summary>Creating and editing areas (admin keys only).</summary>
public static class AreaAdminApi
{
    public static RouteGroupBuilder MapAreaAdministration(this RouteGroupBuilder admin)
    {
        admin.MapGet("/areas/{code:code}", GetAreaRecord)
            .WithName(nameof(GetAreaRecord))
            .WithSummary("One area as the administration edits it, with its ETag")
            .WithDescription("Send the ETag back in If-Match when updating the area.")
            .ProducesNotFoundProblem();

        admin.MapPost("/areas", CreateArea)
            .WithName(nameof(CreateArea))
            .WithSummary("Create an area")
            .WithDescription("A code that exists already is a 409 conflict.")
            .Validate<AreaCreateRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPut("/areas/{code:code}", UpdateArea)
            .WithName(nameof(UpdateArea))
            .WithSummary("Update an area (If-Match required)")
            .WithDescription("""
                Replaces every editable field. If-Match must carry the current ETag: missing → 428, stale → 412. A parent
                that lies inside the area, at any depth, is a 422 naming `parent` (the hierarchy stays a tree).
                """)
            .Validate<AreaUpdateRequest>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return admin;
    }

    public static async Task<Results<Versioned<AreaRecord>, ProblemHttpResult>> GetAreaRecord(string code, AreaAdminQueries queries, CancellationToken ct) =>
        await queries.GetAsync(code, ct) is { } area
            ? new Versioned<AreaRecord>(area, area.Version)
            : Problems.NotFound("area", code, "/api/v1/areas");

    public static async Task<CreatedVersioned<AreaRecord>> CreateArea(AreaCreateRequest request, AreaAdminQueries queries, CancellationToken ct)
    {
        await queries.CreateAsync(request, ct);
        var area = (await queries.GetAsync(request.Code, ct))!;
        return new CreatedVersioned<AreaRecord>(area, area.Version, $"/api/v1/admin/areas/{area.Code}");
    }

    public static async Task<Results<VersionedUpdateResult<AreaRecord>, ValidationProblem, ProblemHttpResult>> UpdateArea(
        string code, AreaUpdateRequest request, HttpRequest http, AreaAdminQueries queries, AnalysisInputQueries inputs, CancellationToken ct)
    {
        if (request.Parent == code)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["parent"] = ["An area cannot lie in itself."] }, type: ProblemTypes.Validation);
        }

        // A parent that lies (at any depth) inside the area would close a loop: every walk up the hierarchy, such as
        // finding an area's region for the list rules, would never reach the top.
        if (request.Parent is { } parent && (await inputs.LoadLatestCatalogueAsync(ct)).SelfAndAncestors(parent) is var chain && chain.Contains(code))
        {
            var loop = string.Join(" → ", chain.TakeWhile(c => c != code).Prepend(code).Append(code));
            return Problems.Unprocessable(
                "The parent would put the area inside itself.", $"'{parent}' lies inside '{code}': {loop}.",
                "parent", $"'{parent}' lies inside '{code}' ({loop}); choose an area above it.");
        }

        return await VersionedUpdate.RunAsync(
            http,
            async () => (await queries.GetAsync(code, ct))?.Version,
            version => queries.UpdateAsync(code, request, version, ct),
            async () => (await queries.GetAsync(code, ct)) is { } a ? (a, a.Version) : throw new InvalidOperationException("The area vanished."),
            () => Problems.NotFound("area", code, "/api/v1/areas"));
    }
}
