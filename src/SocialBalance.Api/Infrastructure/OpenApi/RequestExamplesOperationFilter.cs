using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>An example request body of an endpoint, per media type: JSON text, or plain text for CSV.</summary>
public sealed record RequestExampleMetadata(string MediaType, string Example);

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
            if (body.Content.TryGetValue(example.MediaType, out var media) && media is OpenApiMediaType mediaType)
            {
                var json = example.MediaType.EndsWith("json", StringComparison.Ordinal);
                mediaType.Example = json ? JsonNode.Parse(example.Example) : JsonValue.Create(example.Example);
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
}

public static class RequestExampleExtensions
{
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string mediaType, string example) =>
        builder.WithMetadata(new RequestExampleMetadata(mediaType, example));
}
