using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Marks the statuses whose problem names refused rows, each described by <paramref name="RowType"/>, at most
/// <paramref name="MaxListedRows"/> of them.
/// </summary>
public sealed record RowProblemsMetadata(IReadOnlyList<int> Statuses, Type RowType, int MaxListedRows);

public static class RowProblemsExtensions
{
    /// <summary>Documents that these statuses answer a problem listing each refused row in <c>rows</c>.</summary>
    public static RouteHandlerBuilder ProducesRowProblems<TRow>(this RouteHandlerBuilder builder, int maxListedRows, params int[] statuses) =>
        builder.WithMetadata(new RowProblemsMetadata(statuses, typeof(TRow), maxListedRows));
}

/// <summary>
/// Gives the problems of <see cref="RowProblemsMetadata"/> their own schema, <c>RowsProblemDetails</c>: a problem
/// with the refused rows typed (<c>rows</c>, <c>totalErrors</c>), so a generated client reads them as objects,
/// not as an untyped array.
/// </summary>
public sealed class RowProblemsOperationFilter : IOperationFilter
{
    public const string SchemaName = "RowsProblemDetails";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RowProblemsMetadata>().FirstOrDefault();
        if (metadata is null || operation.Responses is null)
        {
            return;
        }

        var reference = Schema(context, metadata);
        foreach (var status in metadata.Statuses)
        {
            if (operation.Responses.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var declared)
                && declared is OpenApiResponse { Content: { } content } && content.TryGetValue("application/problem+json", out var media)
                && media is OpenApiMediaType problem)
            {
                problem.Schema = reference;
            }
        }
    }

    private static OpenApiSchemaReference Schema(OperationFilterContext context, RowProblemsMetadata metadata)
    {
        var repository = context.SchemaRepository;
        if (!repository.Schemas.ContainsKey(SchemaName))
        {
            // The problem's own members, as every problem has them, and the rows beside them.
            var problem = (OpenApiSchemaReference)context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), repository);
            var members = repository.Schemas[problem.Reference.Id!].Properties ?? new Dictionary<string, IOpenApiSchema>();
            var properties = new Dictionary<string, IOpenApiSchema>(members)
            {
                ["rows"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Description = $"Each refused row and field, the first {metadata.MaxListedRows}.",
                    Items = context.SchemaGenerator.GenerateSchema(metadata.RowType, repository),
                },
                ["totalErrors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Description = "How many problems there are in all, listed or not.",
                },
            };
            repository.AddDefinition(SchemaName, new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "A refused write: `rows` lists each row and field at fault; `errors` the same keyed `row N.field`. "
                    + "A refusal that is not about rows (such as an Idempotency-Key used for another request) has no `rows`.",
                Properties = properties,
                AdditionalProperties = new OpenApiSchema(),
            });
        }

        return new OpenApiSchemaReference(SchemaName);
    }
}
