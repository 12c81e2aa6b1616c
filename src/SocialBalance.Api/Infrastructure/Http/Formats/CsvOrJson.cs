using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using SocialBalance.Api.Infrastructure.Http.Endpoints;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// A 200 answer that is <typeparamref name="T"/> as JSON, or the same content as a table, CSV or a spreadsheet (XLSX),
/// when the caller asked for one (<see cref="ContentNegotiation"/>). It describes itself to OpenAPI (every media type),
/// so the contract follows the handler's return type instead of a list of Produces… kept beside the route.
/// </summary>
public sealed class CsvOrJson<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    private readonly T? value;
    private readonly IResult? csv;

    private CsvOrJson(T? value, IResult? csv)
    {
        this.value = value;
        this.csv = csv;
    }

    public int? StatusCode => StatusCodes.Status200OK;

    public static CsvOrJson<T> Json(T value) => new(value, null);

    /// <summary>The table, <see cref="CsvResult{T}"/>: CSV or a spreadsheet, as the request asks.</summary>
    public static CsvOrJson<T> Csv(IResult csv) => new(default, csv);

    public Task ExecuteAsync(HttpContext httpContext) => (csv ?? TypedResults.Ok(value)).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new CsvAlternativeMetadata());
    }
}

public static class CsvOrJson
{
    /// <summary>JSON, or the table made by <paramref name="csv"/> when the request asks for CSV or a spreadsheet.</summary>
    public static CsvOrJson<T> For<T>(HttpRequest request, Func<T> json, Func<IResult> csv) =>
        request.WantsTable() ? CsvOrJson<T>.Csv(csv()) : CsvOrJson<T>.Json(json());
}
