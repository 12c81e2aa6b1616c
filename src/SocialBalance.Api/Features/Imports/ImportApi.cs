using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.Imports;

/// <summary>The audit of writes: every request that wrote figures, with who and what.</summary>
public static class ImportApi
{
    public static RouteGroupBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/imports").WithTags("Imports").RequireAuthorization(Roles.WriterPolicy);

        group.MapGet("/", ListImports)
            .WithName(nameof(ListImports))
            .WithSummary("The imports of the key's organisation, newest first (admin: every organisation's)")
            .WithDescription("Each write request (single figure, batch or retraction) with its summary. Admin keys may filter by `organisation`; a reporter key sees only its own organisation's imports.")
            .Validate<ImportListQuery>();

        group.MapGet("/{id}", GetImport)
            .WithName(nameof(GetImport))
            .WithSummary("One import: who, when and what it did")
            .WithDescription("The revisions it wrote name it (see /api/v1/observations/history). A reporter key may read only its own organisation's imports.")
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<Results<Ok<PagedResponse<ImportResponse>>, ProblemHttpResult>> ListImports(
        [AsParameters] ImportListQuery query, HttpRequest request, ClaimsPrincipal user, ImportQueries queries, CancellationToken ct)
    {
        var organisation = query.Organisation;
        if (!user.IsAdmin())
        {
            if (organisation is not null && organisation != user.Organisation())
            {
                return Forbidden("A reporter key sees only its own organisation's imports.");
            }

            organisation = user.Organisation();
        }

        var (items, total) = await queries.PageAsync(organisation, query.PageOrDefault, query.PageSizeOrDefault, ct);
        return TypedResults.Ok(PagedResponse<ImportResponse>.Create(request, items, query.PageOrDefault, query.PageSizeOrDefault, total));
    }

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> GetImport(long id, ClaimsPrincipal user, ImportQueries queries, CancellationToken ct)
    {
        var import = await queries.FindAsync(id, ct);
        if (import is null)
        {
            return TypedResults.Problem(title: $"No import has the id {id}.", statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound);
        }

        return user.IsAdmin() || import.Organisation == user.Organisation()
            ? TypedResults.Ok(import)
            : Forbidden("A reporter key may read only its own organisation's imports.");
    }

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "This API key may not read that.", detail: detail, statusCode: StatusCodes.Status403Forbidden, type: ProblemTypes.Forbidden);
}
