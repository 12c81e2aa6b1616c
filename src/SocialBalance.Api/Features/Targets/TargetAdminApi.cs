using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Targets;

/// <summary>Creating and changing targets (admin keys only); anyone reads them at /api/v1/targets.</summary>
public static class TargetAdminApi
{
    private static readonly object ValueExample = new
    {
        indicator = "feel-safe",
        area = "vaerebro-park",
        baselineYear = 2020,
        targetYear = 2030,
        kind = "value",
        targetValue = 80,
        note = new { da = "Tryghed som i resten af kommunen", en = "As safe as the rest of the municipality" },
    };

    private static readonly object GapExample = new
    {
        indicator = "outside-work-education",
        area = "hoeje-gladsaxe",
        baselineYear = 2020,
        targetYear = 2030,
        kind = "gap",
        remainingShare = 0.5,
        referenceArea = "gladsaxe",
    };

    public static RouteGroupBuilder MapTargetAdministration(this RouteGroupBuilder admin)
    {
        admin.MapGet("/targets/{id}", GetTargetRecord)
            .WithName(nameof(GetTargetRecord))
            .WithSummary("One target as the administration edits it, with its ETag")
            .WithDescription("Send the ETag back in If-Match when updating the target. Its public reading, with names, is /api/v1/targets/{id}.")
            .ProducesNotFoundProblem();

        admin.MapPost("/targets", CreateTarget)
            .WithName(nameof(CreateTarget))
            .WithSummary("Create a target: a target value, or a share of the baseline gap to a reference area")
            .WithDescription("""
                Kind `value` takes `targetValue` (inside the indicator's valid range and decimals); kind `gap` takes
                `remainingShare` (0 ≤ x < 1; 0.5 halves the gap) and `referenceArea` (default `gladsaxe`, not the area
                itself). A neutral indicator cannot have a target. A gap target for an area already ahead of its
                reference in the baseline year is a 422 naming `referenceArea` (there is no gap to shrink; set a value
                target). A second target for the same indicator, area and target year is a 409 conflict. Answers the target with its ETag; its progress is at /api/v1/targets/{id}/progress.
                """)
            .Validate<TargetRequest>()
            .WithRequestExample("value", "A target value: 80 % feel safe in Værebro Park by 2030", ValueExample)
            .WithRequestExample("gap", "A gap target: halve the shortfall to Gladsaxe Kommune by 2030", GapExample)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapPut("/targets/{id}", UpdateTarget)
            .WithName(nameof(UpdateTarget))
            .WithSummary("Update a target (If-Match required)")
            .WithDescription("""
                Replaces every field, with the same rules as on create. If-Match must carry the current ETag: missing → 428,
                stale → 412. Moving it onto the indicator, area and target year of another target is a 409 conflict; a
                gap target whose area is ahead of its reference in the baseline year is a 422, as on create.
                """)
            .Validate<TargetRequest>()
            .WithRequestExample("value", "A target value", ValueExample)
            .WithRequestExample("gap", "A gap target", GapExample)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return admin;
    }

    public static async Task<Results<Versioned<TargetRecord>, ProblemHttpResult>> GetTargetRecord(int id, TargetAdminQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } target
            ? new Versioned<TargetRecord>(target, target.Version)
            : NotFound(id);

    public static async Task<Results<CreatedVersioned<TargetRecord>, ProblemHttpResult>> CreateTarget(
        TargetRequest request, TargetAdminQueries queries, AnalysisInputQueries inputs, CancellationToken ct)
    {
        // Checked first for an answer that names the other target; the unique key still refuses a race (409).
        if (await queries.FindSameKeyAsync(request, exceptId: null, ct) is { } existing)
        {
            return Duplicate(request, existing);
        }

        if (await GapTargetCheck.RefuseAsync(request, inputs, ct) is { } refusal)
        {
            return refusal;
        }

        var id = await queries.CreateAsync(request, ct);
        var target = (await queries.GetAsync(id, ct))!;
        return new CreatedVersioned<TargetRecord>(target, target.Version, $"/api/v1/admin/targets/{id}");
    }

    public static async Task<Results<VersionedUpdateResult<TargetRecord>, ProblemHttpResult>> UpdateTarget(
        int id, TargetRequest request, HttpRequest http, TargetAdminQueries queries, AnalysisInputQueries inputs, CancellationToken ct)
    {
        // A clash with another target, or a gap the area does not have, is reported only to a caller whose If-Match
        // holds: 428 and 412 come first.
        var ifMatch = Preconditions.Read(http);
        if (ifMatch.Kind != IfMatchKind.Missing && await queries.GetAsync(id, ct) is { } current && ifMatch.Allows(current.Version))
        {
            if (await queries.FindSameKeyAsync(request, id, ct) is { } other)
            {
                return Duplicate(request, other);
            }

            if (await GapTargetCheck.RefuseAsync(request, inputs, ct) is { } refusal)
            {
                return refusal;
            }
        }

        return await VersionedUpdate.RunAsync(
            http,
            async () => (await queries.GetAsync(id, ct))?.Version,
            version => queries.UpdateAsync(id, request, version, ct),
            async () => (await queries.GetAsync(id, ct)) is { } t ? (t, t.Version) : throw new InvalidOperationException("The target vanished."),
            () => NotFound(id));
    }

    private static ProblemHttpResult Duplicate(TargetRequest request, int existing) =>
        TypedResults.Problem(
            title: $"A target for {request.Indicator} in {request.Area} in {request.TargetYear} exists already.",
            detail: $"It is /api/v1/admin/targets/{existing}: change that one (with If-Match), or choose another target year.",
            statusCode: StatusCodes.Status409Conflict,
            type: ProblemTypes.Conflict);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(
            title: $"No target has the id {id}.",
            detail: "The targets are listed at /api/v1/targets.",
            statusCode: StatusCodes.Status404NotFound,
            type: ProblemTypes.NotFound);
}
