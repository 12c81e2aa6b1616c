using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Features.Common;
using SocialBalance.Api.Infrastructure.Http;

namespace SocialBalance.Api.Features.Organisations;

public static class OrganisationApi
{
    /// <summary>The public list: who may report for which area is part of the open data.</summary>
    public static RouteGroupBuilder MapOrganisations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisations").WithTags("Organisations");
        group.MapGet("/", ListOrganisations)
            .WithName(nameof(ListOrganisations))
            .WithSummary("The organisations that report figures, with the areas each may post for")
            .WithDescription("The municipality and the housing organisations. A reporter key may post figures only for its organisation's areas.");
        return group;
    }

    public static RouteGroupBuilder MapOrganisationAdministration(this RouteGroupBuilder admin)
    {
        admin.MapGet("/organisations/{code:code}", GetOrganisationRecord)
            .WithName(nameof(GetOrganisationRecord))
            .WithSummary("One organisation with its areas and ETag")
            .WithDescription("Send the ETag back in If-Match when updating the organisation.")
            .Produces<OrganisationRecord>()
            .ProducesNotFoundProblem();

        admin.MapPost("/organisations", CreateOrganisation)
            .WithName(nameof(CreateOrganisation))
            .WithSummary("Create an organisation")
            .WithDescription("Then link it to its areas and create a reporter key for it. A code that exists already is a 409 conflict.")
            .Validate<OrganisationCreateRequest>()
            .Produces<OrganisationRecord>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPut("/organisations/{code:code}", UpdateOrganisation)
            .WithName(nameof(UpdateOrganisation))
            .WithSummary("Update an organisation's name and kind (If-Match required)")
            .WithDescription("If-Match: missing → 428, stale → 412.")
            .Validate<OrganisationUpdateRequest>()
            .Produces<OrganisationRecord>()
            .ProducesNotFoundProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        admin.MapPut("/organisations/{code:code}/areas/{area:code}", LinkOrganisationArea)
            .WithName(nameof(LinkOrganisationArea))
            .WithSummary("Let an organisation post figures for an area")
            .WithDescription("Idempotent: linking again changes nothing.")
            .ProducesNotFoundProblem();

        admin.MapDelete("/organisations/{code:code}/areas/{area:code}", UnlinkOrganisationArea)
            .WithName(nameof(UnlinkOrganisationArea))
            .WithSummary("Stop an organisation posting figures for an area")
            .WithDescription("Figures it posted stay, with their history; it can no longer post or retract them.")
            .ProducesNotFoundProblem();

        return admin;
    }

    public static async Task<Ok<IReadOnlyList<OrganisationRecord>>> ListOrganisations(OrganisationQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(ct));

    public static async Task<IResult> GetOrganisationRecord(string code, OrganisationQueries queries, CancellationToken ct) =>
        await queries.GetAsync(code, ct) is { } organisation
            ? new VersionedResult<OrganisationRecord>(StatusCodes.Status200OK, organisation, organisation.Version)
            : NotFound(code);

    public static async Task<IResult> CreateOrganisation(OrganisationCreateRequest request, OrganisationQueries queries, CancellationToken ct)
    {
        await queries.CreateAsync(request, ct);
        var organisation = (await queries.GetAsync(request.Code, ct))!;
        return new VersionedResult<OrganisationRecord>(StatusCodes.Status201Created, organisation, organisation.Version, $"/api/v1/admin/organisations/{organisation.Code}");
    }

    public static Task<IResult> UpdateOrganisation(string code, OrganisationUpdateRequest request, HttpRequest http, OrganisationQueries queries, CancellationToken ct) =>
        VersionedUpdate.RunAsync(
            http,
            async () => (await queries.GetAsync(code, ct))?.Version,
            version => queries.UpdateAsync(code, request, version, ct),
            async () => (await queries.GetAsync(code, ct)) is { } o ? (o, o.Version) : throw new InvalidOperationException("The organisation vanished."),
            () => NotFound(code));

    public static async Task<Results<NoContent, ProblemHttpResult>> LinkOrganisationArea(
        string code, string area, OrganisationQueries queries, ReferenceCodeQueries codes, CancellationToken ct)
    {
        if (await queries.GetAsync(code, ct) is null)
        {
            return NotFound(code);
        }

        if ((await codes.FindUnknownAsync(CodeTable.Area, [area], ct)).Count > 0)
        {
            return Problems.NotFound("area", area, "/api/v1/areas");
        }

        await queries.LinkAsync(code, area, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> UnlinkOrganisationArea(string code, string area, OrganisationQueries queries, CancellationToken ct) =>
        await queries.UnlinkAsync(code, area, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: $"'{code}' is not linked to '{area}'.", statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound);

    private static ProblemHttpResult NotFound(string code) => Problems.NotFound("organisation", code, "/api/v1/organisations");
}
