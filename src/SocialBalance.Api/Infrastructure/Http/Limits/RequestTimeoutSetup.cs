using Microsoft.AspNetCore.Http.Timeouts;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Infrastructure.Http.Limits;

/// <summary>A request that runs too long is cancelled and answered with a 504 problem instead of hanging.</summary>
public static class RequestTimeoutSetup
{
    public static IServiceCollection AddServiceRequestTimeouts(this IServiceCollection services, LimitOptions limits) =>
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => Problems.WriteAsync(
                context,
                StatusCodes.Status504GatewayTimeout,
                ProblemTypes.Timeout,
                "The request took too long and was stopped.",
                "Narrow the request (fewer codes or years), or try again later.").AsTask(),
        });
}
