using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.ApiKeys;

public static class ApiKeyApi
{
    /// <summary>Maps under the administration group, which requires an admin key.</summary>
    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/api-keys");

        group.MapPost("/", CreateApiKey)
            .WithName(nameof(CreateApiKey))
            .WithSummary("Create an API key for an organisation (admin)")
            .WithDescription("Answers the key once; only a salted hash is stored, so a lost key is revoked and replaced, never recovered.")
            .Validate<CreateApiKeyRequest>();

        group.MapGet("/", ListApiKeys)
            .WithName(nameof(ListApiKeys))
            .WithSummary("Every API key, without secrets (admin)")
            .WithDescription("Each key with its organisation, role, prefix, when it was created, revoked and last used (to the minute), so dormant keys can be found and revoked.");

        group.MapGet("/{id}", GetApiKey)
            .WithName(nameof(GetApiKey))
            .WithSummary("One API key, without its secret (admin)")
            .WithDescription("Where a new key's Location points: its organisation, role, prefix, and when it was created, revoked and last used.")
            .ProducesNotFoundProblem();

        group.MapDelete("/{id}", RevokeApiKey)
            .WithName(nameof(RevokeApiKey))
            .WithSummary("Revoke an API key (admin)")
            .WithDescription("The key stops working at once. The row stays, so past writes still name the key that made them.")
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<Created<CreatedApiKeyResponse>> CreateApiKey(
        CreateApiKeyRequest request, ApiKeyQueries queries, HttpResponse response, CancellationToken ct)
    {
        var created = await queries.CreateAsync(request, ct);
        // The answer holds the secret: no cache, shared or the browser's own, may keep it.
        response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/admin/api-keys/{created.Details.Id}", created);
    }

    public static async Task<Ok<IReadOnlyList<ApiKeyResponse>>> ListApiKeys(ApiKeyQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(ct));

    public static async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> GetApiKey(long id, ApiKeyQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } key ? TypedResults.Ok(key) : NotFound(id);

    public static async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> RevokeApiKey(long id, ApiKeyQueries queries, CancellationToken ct) =>
        await queries.RevokeAsync(id, ct) is { } revoked ? TypedResults.Ok(revoked) : NotFound(id);

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(
            title: $"No API key has the id {id}.",
            detail: "The keys are listed at /api/v1/admin/api-keys.",
            statusCode: StatusCodes.Status404NotFound,
            type: ProblemTypes.NotFound);
}
