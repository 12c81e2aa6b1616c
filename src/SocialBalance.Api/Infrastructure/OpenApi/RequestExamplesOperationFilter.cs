using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// A named example request body of an endpoint, for one media type: JSON text, or plain text for CSV.
/// Several per media type are allowed, for a body with several shapes (such as a target's kinds).
/// </summary>
public sealed record RequestExampleMetadata(string MediaType, string Name, string? Summary, string Example);

public static class RequestExampleExtensions
{
    /// <summary>The one example of a body in the given media type.</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string mediaType, string example) =>
        builder.WithMetadata(new RequestExampleMetadata(mediaType, "example", null, example));

    /// <summary>A named JSON example; <paramref name="value"/> is written as the body would be (property names as given).</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string name, string summary, object value) =>
        builder.WithMetadata(new RequestExampleMetadata("application/json", name, summary, JsonSerializer.Serialize(value)));
}

/// <summary>Puts the examples into the request body, so Swagger UI's "Try it out" starts from a valid request.</summary>
public sealed class RequestExamplesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is not OpenApiRequestBody body || body.Content is null)
        {
            return;
        }

        foreach (var example in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExampleMetadata>())
        {
            if (!body.Content.TryGetValue(example.MediaType, out var media) || media is not OpenApiMediaType mediaType)
            {
                continue;
            }

            var json = example.MediaType.EndsWith("json", StringComparison.Ordinal);
            mediaType.Examples ??= new Dictionary<string, IOpenApiExample>();
            mediaType.Examples[example.Name] = new OpenApiExample
            {
                Summary = example.Summary,
                Value = json ? JsonNode.Parse(example.Example) : JsonValue.Create(example.Example),
            };
            if (!json)
            {
                // A CSV body is text, not the JSON array that the same endpoint also takes.
                mediaType.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "RFC 4180 CSV with a header line: indicator,area,year,value and optionally numerator,denominator,note; a point as decimal separator.",
                };
            }
        }
    }
}
