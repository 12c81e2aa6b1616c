namespace SocialBalance.Api.Infrastructure.Http.Security;

/// <summary>
/// The usual security headers on every answer. The API serves data, never pages, so its content policy
/// forbids everything; Swagger UI is a page and gets the policy it needs to run; a page of the service's own (the
/// status page) brings its own strict policy as endpoint metadata (<see cref="ContentSecurityPolicyMetadata"/>).
/// </summary>
public static class SecurityHeaders
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Swagger UI's bundle uses inline styles and scripts of its own.
    private const string SwaggerUiPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyMetadata>()?.Policy
                ?? (context.Request.Path.StartsWithSegments("/swagger") ? SwaggerUiPolicy : ApiPolicy);
            // Public data: other sites' scripts may read it (CORS decides which methods).
            headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            return next(context);
        });
}
