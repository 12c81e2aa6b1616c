using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Indicators;
using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.Organisations;

public static class OrganisationApi
{
    /// <summary>The public list: who may report what for which area is part of the open data.</summary>
    public static RouteGroupBuilder MapOrganisations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisations").WithTags("Organisations");
        group.MapGet("/", ListOrganisations)
            .WithName(nameof(ListOrganisations))
            .WithSummary("The organisations that report figures, with the areas and indicators each may post")
            .WithDescription("""
                The municipality and the housing organisations. A reporter key may post a figure only when its organisation
                is granted the indicator (`indicators`) and linked to the area (`areas`), and may replace or retract only a
                figure its own organisation wrote last. Figures of an official source (an indicator whose `supplier` is
                `statistics-denmark` or `ministry`) are written by admin keys alone.
                """);
        return group;
    }

    public static RouteGroupBuilder MapOrganisationAdministration(this RouteGroupBuilder admin)
    {
        admin.MapGet("/organisations/{code:code}", GetOrganisationRecord)
            .WithName(nameof(GetOrganisationRecord))
            .WithSummary("One organisation with its areas, indicators and ETag")
            .WithDescription("Send the ETag back in If-Match when updating the organisation.")
            .ProducesNotFoundProblem();

        admin.MapPost("/organisations", CreateOrganisation)
            .WithName(nameof(CreateOrganisation))
            .WithSummary("Create an organisation")
            .WithDescription("Then link it to its areas, grant it its indicators and create a reporter key for it. A code that exists already is a 409 conflict.")
            .Validate<OrganisationCreateRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPut("/organisations/{code:code}", UpdateOrganisation)
            .WithName(nameof(UpdateOrganisation))
            .WithSummary("Update an organisation's name and kind (If-Match required)")
            .WithDescription("If-Match: missing → 428, stale → 412.")
            .Validate<OrganisationUpdateRequest>();

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

        admin.MapPut("/organisations/{code:code}/indicators/{indicator:code}", GrantOrganisationIndicator)
            .WithName(nameof(GrantOrganisationIndicator))
            .WithSummary("Let an organisation report an indicator")
            .WithDescription("""
                Its reporter keys may then post the indicator's figures for the organisation's areas, and replace or retract
                those it wrote. Idempotent: granting again changes nothing. An indicator of an official source (`supplier`
                `statistics-denmark` or `ministry`) is never granted: 422 naming `indicator`.
                """)
            .ProducesNotFoundProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapDelete("/organisations/{code:code}/indicators/{indicator:code}", RevokeOrganisationIndicator)
            .WithName(nameof(RevokeOrganisationIndicator))
            .WithSummary("Stop an organisation reporting an indicator")
            .WithDescription("Figures it posted stay, with their history; it can no longer post, replace or retract them.")
            .ProducesNotFoundProblem();

        return admin;
    }

    public static async Task<Ok<IReadOnlyList<OrganisationRecord>>> ListOrganisations(OrganisationQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(ct));

    public static async Task<Results<Versioned<OrganisationRecord>, ProblemHttpResult>> GetOrganisationRecord(string code, OrganisationQueries queries, CancellationToken ct) =>
        await queries.GetAsync(code, ct) is { } organisation
            ? new Versioned<OrganisationRecord>(organisation, organisation.Version)
            : NotFound(code);

    public static async Task<CreatedVersioned<OrganisationRecord>> CreateOrganisation(OrganisationCreateRequest request, OrganisationQueries queries, CancellationToken ct)
    {
        await queries.CreateAsync(request, ct);
        var organisation = (await queries.GetAsync(request.Code, ct))!;
        return new CreatedVersioned<OrganisationRecord>(organisation, organisation.Version, $"/api/v1/admin/organisations/{organisation.Code}");
    }

    public static Task<VersionedUpdateResult<OrganisationRecord>> UpdateOrganisation(string code, OrganisationUpdateRequest request, HttpRequest http, OrganisationQueries queries, CancellationToken ct) =>
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
        Removed(await queries.UnlinkAsync(code, area, ct), $"'{code}' is not linked to '{area}'.");

    public static async Task<Results<NoContent, ProblemHttpResult>> GrantOrganisationIndicator(
        string code, string indicator, OrganisationQueries queries, CancellationToken ct)
    {
        if (await queries.GetAsync(code, ct) is null)
        {
            return NotFound(code);
        }

        var supplier = await queries.SupplierAsync(indicator, ct);
        if (supplier is null)
        {
            return Problems.NotFound("indicator", indicator, "/api/v1/indicators");
        }

        if (IndicatorSuppliers.IsOfficial(supplier))
        {
            var reason = $"The figures of '{indicator}' come from an official source ({supplier}); only admin keys write them.";
            return Problems.Unprocessable("An indicator of an official source is never granted.", reason, "indicator", reason);
        }

        await queries.GrantAsync(code, indicator, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeOrganisationIndicator(string code, string indicator, OrganisationQueries queries, CancellationToken ct) =>
        Removed(await queries.RevokeAsync(code, indicator, ct), $"'{code}' is not granted '{indicator}'.");

    /// <summary>A link or grant removed (204), or one there was not, which also covers an unknown code (404).</summary>
    private static Results<NoContent, ProblemHttpResult> Removed(bool removed, string missing) =>
        removed ? TypedResults.NoContent() : TypedResults.Problem(title: missing, statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound);

    private static ProblemHttpResult NotFound(string code) => Problems.NotFound("organisation", code, "/api/v1/organisations");
}
