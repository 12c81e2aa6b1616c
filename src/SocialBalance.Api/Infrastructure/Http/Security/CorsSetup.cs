namespace SocialBalance.Api.Infrastructure.Http.Security;

/// <summary>
/// Any web page may read the public data (GET, HEAD); no page may write through a visitor's browser,
/// so writes get no CORS permission and a browser's preflight for them fails.
/// </summary>
public static class CorsSetup
{
    public static IServiceCollection AddPublicReadCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("Accept", "If-None-Match", "Content-Type")
            .WithExposedHeaders("ETag", "Retry-After", "Content-Disposition", "Location")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
}
