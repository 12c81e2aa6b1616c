using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Every operation can answer 500 and, with a database outage, 503; both are problem details. Declared
/// here once rather than on each route. Also gives each problem response a description.
/// </summary>
public sealed class ProblemResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        foreach (var (status, description) in new[]
        {
            ("500", "Unexpected error (problem details; quote its traceId)."),
            ("503", "The database is not available; retry after the Retry-After header's seconds."),
        })
        {
            operation.Responses.TryAdd(status, new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = problem },
                },
            });
        }

        Describe(operation, "400", "The request is not valid: `errors` names each field and why.");
        Describe(operation, "404", "No resource has that code.");
    }

    private static void Describe(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.TryGetValue(status, out var response) && response is OpenApiResponse r
            && (string.IsNullOrEmpty(r.Description) || r.Description is "Bad Request" or "Not Found"))
        {
            r.Description = description;
        }
    }
}
