using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.Indicators;

/// <summary>Creating and editing indicators (admin keys only).</summary>
public static class IndicatorAdminApi
{
    public static RouteGroupBuilder MapIndicatorAdministration(this RouteGroupBuilder admin)
    {
        admin.MapGet("/indicators/{code:code}", GetIndicatorRecord)
            .WithName(nameof(GetIndicatorRecord))
            .WithSummary("One indicator as the administration edits it, with its ETag")
            .WithDescription("Send the ETag back in If-Match when updating the indicator.")
            .ProducesNotFoundProblem();

        admin.MapPost("/indicators", CreateIndicator)
            .WithName(nameof(CreateIndicator))
            .WithSummary("Create an indicator")
            .WithDescription("A code that exists already is a 409 conflict. Figures can be posted for it at once.")
            .Validate<IndicatorCreateRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPut("/indicators/{code:code}", UpdateIndicator)
            .WithName(nameof(UpdateIndicator))
            .WithSummary("Update an indicator (If-Match required)")
            .WithDescription("Replaces every editable field; figures already posted are not re-checked. If-Match: missing → 428, stale → 412.")
            .Validate<IndicatorContent>();

        return admin;
    }

    public static async Task<Results<Versioned<IndicatorRecord>, ProblemHttpResult>> GetIndicatorRecord(string code, IndicatorAdminQueries queries, CancellationToken ct) =>
        await queries.GetAsync(code, ct) is { } indicator
            ? new Versioned<IndicatorRecord>(indicator, indicator.Version)
            : Problems.NotFound("indicator", code, "/api/v1/indicators");

    public static async Task<CreatedVersioned<IndicatorRecord>> CreateIndicator(IndicatorCreateRequest request, IndicatorAdminQueries queries, CancellationToken ct)
    {
        await queries.CreateAsync(request, ct);
        var indicator = (await queries.GetAsync(request.Code, ct))!;
        return new CreatedVersioned<IndicatorRecord>(indicator, indicator.Version, $"/api/v1/admin/indicators/{indicator.Code}");
    }

    public static Task<VersionedUpdateResult<IndicatorRecord>> UpdateIndicator(string code, IndicatorContent content, HttpRequest http, IndicatorAdminQueries queries, CancellationToken ct) =>
        VersionedUpdate.RunAsync(
            http,
            async () => (await queries.GetAsync(code, ct))?.Version,
            version => queries.UpdateAsync(code, content, version, ct),
            async () => (await queries.GetAsync(code, ct)) is { } i ? (i, i.Version) : throw new InvalidOperationException("The indicator vanished."),
            () => Problems.NotFound("indicator", code, "/api/v1/indicators"));
}
