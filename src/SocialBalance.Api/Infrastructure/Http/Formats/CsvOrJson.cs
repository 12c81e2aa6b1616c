using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using SocialBalance.Api.Infrastructure.Http.Endpoints;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// A 200 answer that is <typeparamref name="T"/> as JSON, or the same content as CSV when the caller asked for
/// <c>text/csv</c>. It describes itself to OpenAPI (both media types), so the contract follows the handler's return
/// type instead of a list of Produces… kept beside the route.
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
    /// <summary>JSON, or the CSV made by <paramref name="csv"/> when the request prefers <c>text/csv</c>.</summary>
    public static CsvOrJson<T> For<T>(HttpRequest request, Func<T> json, Func<IResult> csv) =>
        request.WantsCsv() ? CsvOrJson<T>.Csv(csv()) : CsvOrJson<T>.Json(json());
}
