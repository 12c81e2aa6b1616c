using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using SocialBalance.Api.Infrastructure.Auth;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Declares the <c>X-Api-Key</c> requirement, and its 401 and 403 answers, on exactly the operations that
/// carry an authorization policy, so Swagger UI sends the key only where it is needed. Every other operation says
/// it is public (<c>security: []</c>) and, under /api, that a client over the anonymous read limit gets 429.
/// </summary>
public sealed class ApiKeySecurityOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().ToList();
        if (policies.Count == 0)
        {
            operation.Security = [];
            if (("/" + context.ApiDescription.RelativePath).StartsWith("/api/", StringComparison.Ordinal))
            {
                operation.Responses ??= new OpenApiResponses();
                operation.Responses["429"] = Problem(context,
                    "Too many reads from this client address this minute (Limits:AnonymousReadsPerMinute); wait the seconds in Retry-After.");
            }

            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
        });

        var adminOnly = policies.Any(p => p.Policy == Roles.AdminPolicy);
        operation.Responses ??= new OpenApiResponses();
        var answers = new List<(string, string)>
        {
            ("401", "No API key, or an unknown, revoked or misplaced one (the key goes in the X-Api-Key header, never the query string)."),
            ("403", adminOnly ? "The key is not an admin key." : "The key may not do this: write an indicator its organisation is not granted, in an area not linked to it, or over a figure it did not write (each row and field listed in `rows`), or read another organisation's imports."),
        };
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().Any())
        {
            answers.Add(("429", "Too many writes with this key this minute; wait the seconds in Retry-After."));
        }

        if (operation.RequestBody is not null)
        {
            answers.Add(("413", metadata.OfType<Http.Uploads.LargeBodyMetadata>().Any()
                ? "The body is larger than the batch limit (Limits:MaxBatchBodyBytes, 64 MB by default)."
                : "The body is larger than the limit (Limits:MaxRequestBodyBytes, 1 MB by default)."));
        }

        foreach (var (status, description) in answers)
        {
            operation.Responses[status] = Problem(context, description);
        }
    }

    private static OpenApiResponse Problem(OperationFilterContext context, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType
            {
                Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository),
            },
        },
    };
}
