using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Declares the members every problem of this service may carry beside RFC 9457's own: <c>traceId</c> (added by the
/// problem details service to each one) and <c>errors</c> (each field at fault and why, also on 4xx problems that are
/// not 400s), so a generated client types them instead of leaving them in an untyped bag.
/// </summary>
public sealed class ProblemDetailsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema plain || !typeof(ProblemDetails).IsAssignableFrom(context.Type))
        {
            return;
        }

        plain.Properties ??= new Dictionary<string, IOpenApiSchema>();
        plain.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The W3C trace id of the request, to quote when asking about it.",
        };
        plain.Properties.TryAdd("errors", new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Each field at fault, with why.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        });
    }
}
