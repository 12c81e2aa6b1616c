using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Http.Binding;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Infrastructure.Http.Limits;
using SocialBalance.Api.Infrastructure.Http.Uploads;
using SocialBalance.Api.Infrastructure.Idempotency;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Observations.Writes;

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
                Creates the figure, or records a new revision of it (the old value stays in its history). Posted figures have
                status `reported`. Answers 201 when the figure is new, 200 when it was updated or unchanged.
                Provenance decides who may write it. A reporter key may post only an indicator its organisation is granted,
                only for an area linked to it (see /api/v1/organisations), and may replace only a figure its own organisation
                wrote last: a figure another organisation wrote, or one loaded from its source (official register figures,
                the municipality's surveys), is 403 with the field at fault in `rows`, and nothing is written. An admin key
                may write any figure; the history names its organisation.
                """)
            .WithIdempotency()
            .Accepts<ObservationInput>("application/json")
            .WithRequestExample("application/json", """{"indicator":"feel-safe","area":"vaerebro-park","year":2024,"value":81.5,"numerator":815,"denominator":1000,"note":"Tryghedsundersøgelse 2024"}""")
            .Produces<ImportSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesRowProblems<RowError>(ObservationProblems.MaxListedRows, StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem();

        writes.MapPost("/batch", PostObservationBatch)
            .WithName(nameof(PostObservationBatch))
            .WithSummary("Post up to 100,000 figures at once, all or nothing")
            .WithDescription("""
                A JSON array of figures, or CSV (`Content-Type: text/csv`) with the header `indicator,area,year,value` and
                optional `numerator,denominator,note` columns. Every row is checked first; one bad row and nothing is
                written: the 422 problem lists each bad row (`rows`: CSV line number or array position, field, reason).
                `dryRun=true` checks and counts without writing. `mode=create-only` refuses figures that exist (409).
                A reporter key may write only what it may post one by one (an indicator its organisation is granted, for an
                area linked to it, replacing only figures its organisation wrote last): one row beyond that and the batch is
                403 listing each such row and field (`rows`), with nothing written, on a dry run too.
                """)
            .WithIdempotency()
            .Validate<BatchOptions>()
            .WithMetadata(new LargeBodyMetadata())
            // 100,000 rows over a slow link or onto a busy SQL Server can take longer than a read may;
            // if even this runs out, the transaction is rolled back and nothing is written.
            .WithMetadata(new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutAttribute(5 * 60 * 1000))
            .Accepts<ObservationInput[]>("application/json", "text/csv")
            .WithRequestExample("application/json", """[{"indicator":"feel-safe","area":"vaerebro-park","year":2023,"value":79.0},{"indicator":"feel-safe","area":"vaerebro-park","year":2024,"value":81.5}]""")
            .WithRequestExample("text/csv", "indicator,area,year,value,numerator,denominator,note\r\nfeel-safe,vaerebro-park,2023,79,,,\r\nfeel-safe,vaerebro-park,2024,81.5,815,1000,\"Survey, autumn\"\r\n")
            .Produces<ImportSummary>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesRowProblems<RowError>(ObservationProblems.MaxListedRows, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        writes.MapDelete("/", RetractObservation)
            .WithName(nameof(RetractObservation))
            .WithSummary("Retract one figure")
            .WithDescription("""
                Marks the figure retracted: a new revision in its history, and lists and asOf reads from then on leave it out.
                Admin keys may retract any figure. A reporter key may retract only a figure of an indicator its organisation
                is granted, in an area linked to it, that its organisation wrote last; anything else is 403 naming the
                parameter at fault in `rows` (row 1), and nothing changes.
                """)
            .Validate<ObservationKeyQuery>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesRowProblems<RowError>(ObservationProblems.MaxListedRows, StatusCodes.Status403Forbidden)
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

        var result = await importer.ImportAsync([UncheckedObservation.From(1, input)], Caller.From(user), ImportMode.Upsert, ImportKind.Single, dryRun: false, ct);
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
        List<UncheckedObservation> rows;
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
        catch (InvalidRequestException e)
        {
            var problem = ProblemExceptionHandler.Validation(e.Errors);
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
        [Microsoft.AspNetCore.Http.AsParameters] ObservationKeyQuery key, ClaimsPrincipal user, ObservationImporter importer, CancellationToken ct)
    {
        var result = await importer.RetractAsync(key.Indicator!, key.Area!, key.Year!.Value, Caller.From(user), ct);
        return result switch
        {
            ImportResult.Written => TypedResults.NoContent(),
            ImportResult.NotFound => TypedResults.Problem(
                title: "There is no current figure for that indicator, area and year.",
                statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound),
            _ => ObservationProblems.From(result),
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
