using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Every operation can answer 414 and 431 (a request too large to read), 500, 503 with a database outage and 504 past
/// the request timeout; all are problem details. Declared
/// here once rather than on each route, as is the 415 of every operation that takes a body. Also gives each problem
/// response a description.
/// </summary>
public sealed class ProblemResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        foreach (var (status, description) in new[]
        {
            ("414", "The path and query are longer than 8 KiB."),
            ("431", "The request headers are larger than 32 KiB, or more than 100 lines."),
            ("500", "Unexpected error (problem details; quote its traceId)."),
            ("503", "The database is not available; retry after the Retry-After header's seconds."),
            ("504", "The request ran longer than Limits:RequestTimeout (30 seconds by default; 5 minutes for a batch) and was stopped; a write is rolled back."),
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

        // A path or query value that does not bind to its type (id=abc, an id past the largest number) is a 400 naming it.
        var bound = operation.Parameters?.OfType<OpenApiParameter>()
            .Any(p => p.In is ParameterLocation.Path or ParameterLocation.Query && p.Schema is OpenApiSchema { Type: { } type } && (type & ~JsonSchemaType.Null) != JsonSchemaType.String) == true;
        if (bound && !operation.Responses.ContainsKey("400"))
        {
            operation.Responses["400"] = new OpenApiResponse
            {
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType
                    {
                        Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails), context.SchemaRepository),
                    },
                },
            };
        }

        if (operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("415", new OpenApiResponse
            {
                Description = "The body's Content-Type is not one this operation takes, or its charset is not UTF-8, ISO-8859-1 or Windows-1252.",
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
