using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialBalance.Api.Infrastructure.Http.Errors;

/// <summary>The expected refusals that handlers return (not throw).</summary>
public static class Problems
{
    /// <summary>
    /// Writes a problem from middleware, where there is no handler to return a result: through the
    /// problem details service, so it gets the same traceId and instance as every other problem.
    /// </summary>
    public static ValueTask WriteAsync(HttpContext context, int status, string type, string title, string detail) =>
        WriteAsync(context, status, type, title, detail, instance: null);

    /// <summary>The same, naming <paramref name="instance"/> where the request's own path is not to be echoed (a path too long to read).</summary>
    public static ValueTask WriteAsync(HttpContext context, int status, string type, string title, string detail, string? instance)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Type = type, Title = title, Detail = detail, Instance = instance },
        });
    }

    /// <summary>A 422 that names the field at fault in <c>errors</c>, as a validation problem does.</summary>
    public static ProblemHttpResult Unprocessable(string title, string detail, string field, string reason) =>
        TypedResults.Problem(
            title: title,
            detail: detail,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: ProblemTypes.UnprocessableContent,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [reason] } });

    public static ProblemHttpResult NotFound(string what, string code, string listPath) =>
        TypedResults.Problem(
            title: $"No {what} has the code '{code}'.",
            detail: $"The valid codes are listed at {listPath}.",
            statusCode: StatusCodes.Status404NotFound,
            type: ProblemTypes.NotFound);
}
