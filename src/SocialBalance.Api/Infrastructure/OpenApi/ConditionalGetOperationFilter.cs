using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents what every GET of the API does for caches (ConditionalGetMiddleware): the strong ETag, If-None-Match
/// and its 304, Cache-Control, and for public reads the Cache-Status that tells whether the answer was kept.
/// </summary>
public sealed class ConditionalGetOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + context.ApiDescription.RelativePath;
        if (!string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)
            || !path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of an earlier answer: while the answer is unchanged it is 304 Not Modified, without a body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });

        operation.Responses ??= new OpenApiResponses();
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["ETag"] = Header(required: true, "A strong validator of this exact answer (JSON and CSV differ); send it back in If-None-Match.");
            var keyed = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any();
            response.Headers["Cache-Control"] = Header(required: true, keyed
                ? "`private, no-cache`: an answer for this key only; no shared cache may keep it, and the caller's own must ask again."
                : "`public, no-cache`: a cache may keep the answer but must ask again (If-None-Match) before reusing it.");
            if (!keyed)
            {
                response.Headers["Cache-Status"] = Header(
                    required: false,
                    "RFC 9211: `SocialBalance.Api; hit` when the answer was kept from an earlier request, `fwd=miss; stored` when it was "
                    + "computed and kept. Kept answers are dropped by any change to the data, so they are never older than the last write.");
            }
        }

        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Not modified: the answer is the one whose ETag was sent in If-None-Match. No body.",
            Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = Header(required: true, "The same ETag as sent.") },
        };
    }

    private static OpenApiHeader Header(bool required, string description) =>
        new() { Description = description, Required = required, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
