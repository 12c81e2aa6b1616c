using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Http;
using SocialBalance.Api.Infrastructure.Idempotency;

namespace SocialBalance.Api.Features.Observations;

/// <summary>Posting, retracting and tracing figures. Every route here needs a key; reads elsewhere do not.</summary>
public static class ObservationWriteApi
{
    public static RouteGroupBuilder MapObservationWrites(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/observations").WithTags("Observations");
        var writes = group.MapGroup("").RequireAuthorization(Roles.WriterPolicy).RequireRateLimiting(RateLimitSetup.Writes);

        writes.MapPost("/", PostObservation)
            .WithName(nameof(PostObservation))
            .WithSummary("Post one figure")
            .WithDescription("""
                Creates the figure, or records a new revision of it (the old value stays in its history). A reporter key
                may post only for the areas linked to its organisation. Posted figures have status `reported`.
                Answers 201 when the figure is new, 200 when it was updated or unchanged.
                """)
            .WithIdempotency()
            .Accepts<ObservationInput>("application/json")
            .Produces<ImportSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem();

        writes.MapPost("/batch", PostObservationBatch)
            .WithName(nameof(PostObservationBatch))
            .WithSummary("Post up to 100,000 figures at once, all or nothing")
            .WithDescription("""
                A JSON array of figures, or CSV (`Content-Type: text/csv`) with the header `indicator,area,year,value` and
                optional `numerator,denominator,note` columns. Every row is checked first; one bad row and nothing is
                written: the 422 problem lists each bad row (`rows`: CSV line number or array position, field, reason).
                `dryRun=true` checks and counts without writing. `mode=create-only` refuses figures that exist (409).
                """)
            .WithIdempotency()
            .Validate<BatchOptions>()
            .WithMetadata(new LargeBodyMetadata())
            .Accepts<ObservationInput[]>("application/json", "text/csv")
            .Produces<ImportSummary>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        writes.MapDelete("/", RetractObservation)
            .WithName(nameof(RetractObservation))
            .WithSummary("Retract one figure")
            .WithDescription("""
                Marks the figure retracted: a new revision in its history, and lists and asOf reads from then on leave it out.
                Admin keys may retract any figure; a reporter key only the figures its organisation last wrote.
                """)
            .Validate<ObservationKeyQuery>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesNotFoundProblem();

        group.MapGet("/history", GetObservationHistory)
            .WithName(nameof(GetObservationHistory))
            .WithSummary("Every revision of one figure")
            .WithDescription("Oldest first: value, organisation, time and import of each write, retractions included. Anonymous, like every read.")
            .Validate<ObservationKeyQuery>()
            .ProducesNotFoundProblem();

        return group;
    }

    public static async Task<Results<Created<ImportSummary>, Ok<ImportSummary>, ProblemHttpResult, ValidationProblem>> PostObservation(
        HttpRequest request, ClaimsPrincipal user, ObservationImporter importer, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return ObservationProblems.Body("Content-Type", "Send one figure as application/json.");
        }

        ObservationInput? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<ObservationInput>(request.Body, json.Value.SerializerOptions, ct);
        }
        catch (JsonException e)
        {
            var problem = ProblemExceptionHandler.JsonBodyProblem(e);
            return TypedResults.ValidationProblem(problem.Errors, title: problem.Title, type: problem.Type);
        }

        if (input is null)
        {
            return ObservationProblems.Body("body", "The body must be one figure object.");
        }

        var result = await importer.ImportAsync([FigureRow.From(1, input)], Caller.From(user), ImportMode.Upsert, ImportKind.Single, dryRun: false, ct);
        if (result is not ImportResult.Written { Summary: var summary })
        {
            return ObservationProblems.From(result);
        }

        return summary.Created == 1
            ? TypedResults.Created($"/api/v1/observations/history?indicator={input.Indicator}&area={input.Area}&year={input.Year}", summary)
            : TypedResults.Ok(summary);
    }

    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult, ValidationProblem>> PostObservationBatch(
        [Microsoft.AspNetCore.Http.AsParameters] BatchOptions options, HttpRequest request, ClaimsPrincipal user, ObservationImporter importer,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        List<FigureRow> rows;
        try
        {
            rows = await ObservationBatchReader.ReadAsync(request, json.Value.SerializerOptions, ct);
        }
        catch (BatchFormatException e)
        {
            return ObservationProblems.Body(e.Field, e.Message);
        }
        catch (CsvFormatException e)
        {
            return ObservationProblems.Body($"line {e.Line}", e.Message);
        }
        catch (JsonException e)
        {
            var problem = ProblemExceptionHandler.JsonBodyProblem(e);
            return TypedResults.ValidationProblem(problem.Errors, title: problem.Title, type: problem.Type);
        }

        if (rows.Count == 0)
        {
            return ObservationProblems.Body("body", "The batch holds no rows.");
        }

        var result = await importer.ImportAsync(rows, Caller.From(user), options.ImportMode, ImportKind.Batch, options.DryRun ?? false, ct);
        return result is ImportResult.Written written ? TypedResults.Ok(written.Summary) : ObservationProblems.From(result);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RetractObservation(
        [Microsoft.AspNetCore.Http.AsParameters] ObservationKeyQuery key, ClaimsPrincipal user, ObservationImportQueries queries, CancellationToken ct)
    {
        var outcome = await queries.RetractAsync(key.Indicator!, key.Area!, key.Year!.Value, Caller.From(user), ct);
        return outcome switch
        {
            RetractionOutcome.Retracted => TypedResults.NoContent(),
            RetractionOutcome.Forbidden => TypedResults.Problem(
                title: "This API key may not retract that figure.",
                detail: "A reporter may retract only the figures its organisation last wrote.",
                statusCode: StatusCodes.Status403Forbidden, type: ProblemTypes.Forbidden),
            _ => TypedResults.Problem(
                title: "There is no current figure for that indicator, area and year.",
                statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound),
        };
    }

    public static async Task<Results<Ok<ObservationHistoryResponse>, ProblemHttpResult>> GetObservationHistory(
        [Microsoft.AspNetCore.Http.AsParameters] ObservationKeyQuery key, ObservationHistoryQueries queries, CancellationToken ct)
    {
        var history = await queries.FindAsync(key.Indicator!, key.Area!, key.Year!.Value, ct);
        return history is null
            ? TypedResults.Problem(title: "That figure has no history: it was never posted.", statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound)
            : TypedResults.Ok(history);
    }
}
