using Microsoft.OpenApi;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>Adds <c>text/csv</c> beside JSON to the 200 answer of endpoints marked with <see cref="CsvAlternativeMetadata"/>.</summary>
public sealed class CsvAlternativeOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var marked = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvAlternativeMetadata>().Any();
        if (!marked || operation.Responses is null || !operation.Responses.TryGetValue("200", out var response)
            || response is not OpenApiResponse ok)
        {
            return;
        }

        ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
        ok.Content["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "RFC 4180 CSV with a header row; numbers in invariant culture.",
            },
        };
    }
}
