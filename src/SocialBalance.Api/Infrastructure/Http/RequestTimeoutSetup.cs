using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;

namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>A request that runs too long is cancelled and answered with a 504 problem instead of hanging.</summary>
public static class RequestTimeoutSetup
{
    public static IServiceCollection AddServiceRequestTimeouts(this IServiceCollection services, LimitOptions limits) =>
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = async context =>
            {
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status504GatewayTimeout,
                        Type = ProblemTypes.Timeout,
                        Title = "The request took too long and was stopped.",
                        Detail = "Narrow the request (fewer codes or years), or try again later.",
                    },
                });
            },
        });
}
