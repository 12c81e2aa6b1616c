using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>A named example of an endpoint's JSON request body (a body with several shapes, such as a target's kinds).</summary>
public sealed record RequestExampleMetadata(string Name, string Summary, object Value);

public static class RequestExamples
{
    /// <summary>Adds an example request body to the contract and Swagger UI.</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string name, string summary, object value) =>
        builder.WithMetadata(new RequestExampleMetadata(name, summary, value));
}

/// <summary>Writes the <see cref="RequestExampleMetadata"/> of an endpoint into its <c>application/json</c> request body.</summary>
public sealed class RequestExamplesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var examples = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExampleMetadata>().ToList();
        if (examples.Count == 0 || operation.RequestBody?.Content is not { } content
            || !content.TryGetValue("application/json", out var mediaType) || mediaType is not OpenApiMediaType json)
        {
            return;
        }

        json.Examples ??= new Dictionary<string, IOpenApiExample>();
        foreach (var example in examples)
        {
            json.Examples[example.Name] = new OpenApiExample { Summary = example.Summary, Value = JsonSerializer.SerializeToNode(example.Value) };
        }
    }
}
