using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// A 200 answer that is an SVG image (<c>image/svg+xml; charset=utf-8</c>), made whole before it is sent so the
/// conditional GET can hash and keep it like any other answer. It describes itself to OpenAPI, so the contract states
/// the media type from the handler's return type.
/// </summary>
public sealed class SvgResult(string svg) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public const string MediaType = "image/svg+xml";

    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>The document as sent.</summary>
    public string Svg { get; } = svg;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = Encoding.UTF8.GetBytes(Svg);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), [MediaType]));
}
