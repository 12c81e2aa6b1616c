using FluentValidation;

namespace SocialBalance.Api.Infrastructure.Http.Errors;

public static class HttpProblemsSetup
{
    private const string FrameworkTypePrefix = "https://tools.ietf.org/html/rfc9110#";

    public static IServiceCollection AddHttpProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            // The framework's own problems (404, 405, 415 from routing and binding) name the status's section in an
            // older host; every problem of this API names it the one way (ProblemTypes).
            if (context.ProblemDetails.Type?.StartsWith(FrameworkTypePrefix, StringComparison.Ordinal) == true)
            {
                context.ProblemDetails.Type = ProblemTypes.Rfc9110Prefix + context.ProblemDetails.Type[FrameworkTypePrefix.Length..];
            }

            // The exception is handled and logged; its message and stack trace stay in the process.
            context.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Binding failures (e.g. pageSize=abc) are thrown so that one handler can answer them with the field's name.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // Error keys and messages use the JSON names (pageSize, not PageSize).
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonName(member.Name);
        return services;
    }

    public static WebApplication UseHttpProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    private static string JsonName(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
