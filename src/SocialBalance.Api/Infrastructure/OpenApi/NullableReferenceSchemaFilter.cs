using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// A property whose type is another schema (a <c>$ref</c>) and that may be <c>null</c> on the wire (<c>parent</c> of a
/// top-level area, <c>baseline</c> of a gap without figures) is declared as "that schema or null". The generator
/// marks nullable plain values (<c>["null","string"]</c>) but not references, so a generated client would reject the
/// <c>null</c> the service sends.
/// </summary>
public sealed class NullableReferenceSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties })
        {
            return;
        }

        // One context per schema: NullabilityInfoContext is not thread-safe, and documents may be built side by side.
        var nullability = new NullabilityInfoContext();
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (properties.TryGetValue(name, out var declared) && declared is OpenApiSchemaReference reference
                && nullability.Create(property).ReadState == NullabilityState.Nullable)
            {
                properties[name] = new OpenApiSchema
                {
                    Description = reference.Description,
                    AnyOf = [new OpenApiSchemaReference(reference.Reference.Id!, reference.Reference.HostDocument), new OpenApiSchema { Type = JsonSchemaType.Null }],
                };
            }
        }
    }
}
