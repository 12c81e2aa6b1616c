using Microsoft.OpenApi;
using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Infrastructure.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Declares the response headers the service sends beside each kind of answer, from what the answer is: every 201
/// names its <c>Location</c>, every 429 and 503 its <c>Retry-After</c>, every 401 its <c>WWW-Authenticate</c>; an answer
/// that shows a versioned record (<see cref="VersionedAnswerMetadata"/>, from its result type) carries its <c>ETag</c>, and an update that answers 428
/// without <c>If-Match</c> takes that header as required. Where <c>Idempotency-Key</c> is honoured, a replayed answer
/// says so in <c>Idempotent-Replayed</c>; an answer that can be CSV or a spreadsheet names its file in <c>Content-Disposition</c>.
/// The security headers every answer carries (nosniff, CSP, referrer policy) and CORS's are left to their own
/// standards: they are for the browser, and a client has nothing to read in them.
/// </summary>
public sealed class ResponseHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null)
        {
            return;
        }

        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var versioned = metadata.OfType<VersionedAnswerMetadata>().Select(m => m.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var idempotent = metadata.OfType<IdempotencyMetadata>().Any();
        foreach (var (status, declared) in operation.Responses)
        {
            if (declared is not OpenApiResponse response)
            {
                continue;
            }

            if (status == "201")
            {
                Add(response, "Location", true, "Where the resource just created answers GET.");
            }

            if (status is "429" or "503")
            {
                Add(response, "Retry-After", true, "Seconds to wait before trying again.", JsonSchemaType.Integer);
            }

            if (status == "401")
            {
                Add(response, "WWW-Authenticate", true, $"`{Auth.ApiKeyAuthenticationHandler.SchemeName} header=\"{Auth.ApiKeyAuthenticationHandler.HeaderName}\"`: the key goes in that header.");
            }

            if (versioned.Contains(status))
            {
                Add(response, "ETag", true, "The record's version (`\"v3\"`): send it in If-Match to update the record.");
            }

            if (response.Content?.ContainsKey("text/csv") == true)
            {
                Add(response, "Content-Disposition", false,
                    "With a CSV answer `inline; filename=\"<list>.csv\"`, with a spreadsheet `attachment; filename=\"<list>.xlsx\"`: the name to save it under.");
            }

            if (idempotent && status is "200" or "201")
            {
                Add(response, IdempotencyFilter.ReplayedHeaderName, false,
                    "`true` when this is the stored answer to an earlier request with the same Idempotency-Key; nothing was written again.");
            }
        }

        if (operation.Responses.ContainsKey("428"))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag of the last read of the record (e.g. `\"v3\"`), or `*`. Without it the update is refused (428); "
                    + "when the record has changed since, 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }

    private static void Add(OpenApiResponse response, string name, bool required, string description, JsonSchemaType type = JsonSchemaType.String)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Required = required, Schema = new OpenApiSchema { Type = type } };
    }
}
