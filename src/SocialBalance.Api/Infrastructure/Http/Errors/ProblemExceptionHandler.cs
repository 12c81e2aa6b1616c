using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.Http.Binding;
using SocialBalance.Api.Infrastructure.Observability;

namespace SocialBalance.Api.Infrastructure.Http.Errors;

/// <summary>
/// The one place where exceptions become problem responses. Only the kind of failure leaves the process:
/// never a message, a stack trace or a connection string.
/// </summary>
public sealed class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad, httpContext.Request),
            InvalidRequestException invalid => Validation(invalid.Errors),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            DbException db when DatabaseErrors.IsConstraintViolation(db) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = ProblemTypes.Conflict,
                Title = "The change conflicts with data that already exists.",
            },
            DbException db when DatabaseErrors.IsUnavailable(db) => Unavailable(httpContext),
            WriteContentionException => Unavailable(httpContext),
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                // The client went away; there is nobody to answer.
                return true;
            }

            ServiceLog.UnhandledException(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = ProblemTypes.ServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error has been logged. Quote the traceId when reporting it.",
            };
        }
        else
        {
            ServiceLog.RequestRefused(logger, problem.Status, problem.Title);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Unavailable(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = "5";
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Type = ProblemTypes.Unavailable,
            Title = "The database is not available right now.",
            Detail = "Try again shortly.",
        };
    }

    /// <summary>
    /// What the framework refuses before an endpoint runs. Values and bodies that do not fit an endpoint's types are
    /// found earlier, with their names (<see cref="BindingCheckMiddleware"/>); what is left is judged by the exception's
    /// type, its status and the request, never by its message.
    /// </summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException bad, HttpRequest request)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Type = ProblemTypes.ContentTooLarge,
                Title = "The request body is too large.",
                Detail = "Send fewer rows per request; the batch endpoint takes the largest bodies.",
            };
        }

        if (bad.InnerException is System.Text.Json.JsonException json)
        {
            return JsonBodyProblem(json);
        }

        // An endpoint that reads a JSON object, sent no body at all: the body is at fault, so name it.
        if (bad.StatusCode == StatusCodes.Status400BadRequest && HasNoBody(request))
        {
            return Validation(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required here."] });
        }

        // Whatever else the framework could not bind is still a 400 of the body's or a value's kind, with errors
        // like every other 400, so a client reads every refusal the same way.
        return bad.StatusCode == StatusCodes.Status400BadRequest
            ? Validation(new Dictionary<string, string[]> { ["request"] = ["The request could not be read."] })
            : new ProblemDetails { Status = bad.StatusCode, Type = ProblemTypes.Validation, Title = "The request could not be read." };
    }

    private static bool HasNoBody(HttpRequest request) =>
        request.ContentLength == 0
        || request.ContentLength is null && request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false };

    /// <summary>
    /// A body the serializer could not read into the endpoint's type: an unknown, repeated or missing field is named
    /// before (<see cref="JsonShape"/>), so what reaches here is a value of the wrong type, or no JSON at all, at the
    /// exception's path. The serializer's own message stays in the process, as it names .NET types.
    /// </summary>
    public static HttpValidationProblemDetails JsonBodyProblem(System.Text.Json.JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        return Validation(new Dictionary<string, string[]>
        {
            [field] = ["The body is not valid JSON of the expected shape here (check the type of this field: a number is written without quotes, e.g. 81.5, not \"81.5\")."],
        });
    }

    /// <summary>A 400 naming each field at fault.</summary>
    public static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "The request is not valid.",
        };
}
