using Microsoft.OpenApi;
using SocialBalance.Api.Infrastructure.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>Documents the <c>Idempotency-Key</c> header and its 409 and 422 answers where the endpoint honours it.</summary>
public sealed class IdempotencyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotencyMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyFilter.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A unique key per request (e.g. a UUID), per organisation, remembered 24 hours. The same key and request again "
                + "answer the first answer again without writing (header `Idempotent-Replayed: true`); the same key with another request is 422; "
                + "a retry while the first request still runs is 409.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
        });

        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        operation.Responses ??= new OpenApiResponses();
        foreach (var (status, description) in new[]
        {
            ("409", "A request with the same Idempotency-Key is still running (or, for a batch in create-only mode, figures already exist)."),
            ("422", "Rows break a rule (each listed in `rows`), or the Idempotency-Key was used for a different request."),
        })
        {
            if (operation.Responses.TryGetValue(status, out var existing) && existing is OpenApiResponse response)
            {
                response.Description = description;
                continue;
            }

            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
            };
        }
    }
}
