using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>The expected refusals that handlers return (not throw).</summary>
public static class Problems
{
    /// <summary>
    /// Writes a problem from middleware, where there is no handler to return a result: through the
    /// problem details service, so it gets the same traceId and instance as every other problem.
    /// </summary>
    public static ValueTask WriteAsync(HttpContext context, int status, string type, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        });
    }

    public static ProblemHttpResult NotFound(string what, string code, string listPath) =>
        TypedResults.Problem(
            title: $"No {what} has the code '{code}'.",
            detail: $"The valid codes are listed at {listPath}.",
            statusCode: StatusCodes.Status404NotFound,
            type: ProblemTypes.NotFound);
}
