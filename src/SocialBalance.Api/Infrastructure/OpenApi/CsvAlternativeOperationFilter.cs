using Microsoft.OpenApi;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Formats;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Adds <c>text/csv</c> and the spreadsheet (XLSX) beside JSON to the 200 answer of endpoints marked with
/// <see cref="CsvAlternativeMetadata"/>, and the query parameters that choose them: <c>format</c> (over Accept, for a
/// plain link) and <c>bom</c> (a byte-order mark before the CSV).
/// </summary>
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
        ok.Content[Csv.MediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "RFC 4180 CSV with a header row; numbers in invariant culture. UTF-8, with a byte-order mark only when asked "
                    + "(`bom=true`, or `Accept: text/csv; bom=present`).",
            },
        };
        ok.Content[Xlsx.MediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "binary",
                Description = "A workbook (Office Open XML): the rows of the CSV with a bold, frozen header row, numbers as number cells "
                    + "(an indicator's figures with its decimals), times as date cells in UTC, texts as text (never formulas), the "
                    + "Danish and English names beside the codes; past 1,048,576 rows the rows go on in a further sheet. A last sheet, "
                    + "\"Om data (About)\", names the source, the query, when it was made (UTC) and this operation's description.",
            },
        };

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = ContentNegotiation.FormatParameter,
            In = ParameterLocation.Query,
            Description = "The answer's format, for a plain link: `json`, `csv` or `xlsx` (a spreadsheet). Wins over the Accept header, "
                + $"which asks the same with `application/json`, `text/csv` or `{Xlsx.MediaType}`. Default: as Accept says, else JSON.",
            Schema = context.SchemaGenerator.GenerateSchema(typeof(ResponseFormat), context.SchemaRepository),
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = ContentNegotiation.BomParameter,
            In = ParameterLocation.Query,
            Description = "`true` puts a UTF-8 byte-order mark before a CSV answer, so a spreadsheet that reads CSV without one as "
                + "another encoding shows æ, ø and å; the same as `Accept: text/csv; bom=present`. Default `false`; no effect on JSON or XLSX.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean },
        });
    }
}
