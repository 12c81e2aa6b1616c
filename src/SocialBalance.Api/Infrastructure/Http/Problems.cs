using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>The expected refusals that handlers return (not throw).</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what, string code, string listPath) =>
        TypedResults.Problem(
            title: $"No {what} has the code '{code}'.",
            detail: $"The valid codes are listed at {listPath}.",
            statusCode: StatusCodes.Status404NotFound,
            type: ProblemTypes.NotFound);
}
