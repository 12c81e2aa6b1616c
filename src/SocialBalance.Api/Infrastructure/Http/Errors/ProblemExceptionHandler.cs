using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Infrastructure.Http.Errors;

/// <summary>
/// The one place where exceptions become problem responses. Only the kind of failure leaves the process:
/// never a message, a stack trace or a connection string.
/// </summary>
public sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad),
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

            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
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
            logger.LogInformation("Request refused with {Status}: {Title}", problem.Status, problem.Title);
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
    /// ASP.NET reports a query value it could not convert (for example <c>pageSize=abc</c>) only in the
    /// exception message; the parameter's name is taken from there so the answer can name the field.
    /// </summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
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

        // An empty body where the endpoint reads a JSON object: the body is at fault, so name it.
        if (bad.Message.Contains("no body was provided", StringComparison.Ordinal)
            || bad.Message.Contains("was not provided from body", StringComparison.Ordinal))
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required here."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.Validation,
                Title = "The request is not valid.",
            };
        }

        var match = BindFailure().Match(bad.Message);
        if (match.Success)
        {
            var name = JsonName(match.Groups["name"].Value);
            var type = match.Groups["type"].Value.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>');
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [name] = [$"'{Echo.Clip(match.Groups["value"].Value)}' is not a valid {FriendlyType(type)}."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.Validation,
                Title = "The request is not valid.",
            };
        }

        return new ProblemDetails
        {
            Status = bad.StatusCode,
            Type = ProblemTypes.Validation,
            Title = "The request could not be read.",
        };
    }

    /// <summary>
    /// A body that is not the expected JSON. An unknown field is named (mass assignment is refused, not
    /// ignored); the serializer's own message stays in the process, as it names .NET types.
    /// </summary>
    public static HttpValidationProblemDetails JsonBodyProblem(System.Text.Json.JsonException json)
    {
        var unknownField = json.Message.Contains("could not be mapped", StringComparison.Ordinal);
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        var unknown = UnmappedProperty().Match(json.Message);
        if (unknown.Success)
        {
            field = field == "body" ? unknown.Groups["name"].Value : field;
        }

        var reason = unknownField
            ? "This field is not accepted: it is unknown or may not be set by the caller."
            : json.Message.Contains("missing required properties", StringComparison.Ordinal)
                ? "A required field is missing here."
                : json.Message.StartsWith("Duplicate property", StringComparison.Ordinal)
                    ? "This field is given more than once; give it once."
                    : "The body is not valid JSON of the expected shape here (check the type of this field: a number is written without quotes, e.g. 81.5, not \"81.5\").";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "The request is not valid.",
        };
    }

    private static string JsonName(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static string FriendlyType(string type) => type switch
    {
        "int" or "long" => "whole number",
        "double" or "decimal" => "number",
        "bool" => "boolean (true or false)",
        "DateTimeOffset" or "DateTime" => "timestamp (ISO 8601)",
        _ => "value",
    };

    [GeneratedRegex("""The JSON property '(?<name>[^']{1,100})' could not be mapped""")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^ "]+) (?<name>[^ "]+)" from "(?<value>.*)"\.""")]
    private static partial Regex BindFailure();
}
