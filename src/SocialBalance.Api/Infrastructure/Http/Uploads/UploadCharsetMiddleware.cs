using System.Text;
using Microsoft.Net.Http.Headers;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Infrastructure.Http.Uploads;

/// <summary>
/// A body in a charset the service cannot read is refused before any handler reads it (415 naming the charset),
/// so no endpoint stores text decoded with a guess. A JSON body in another supported charset is transcoded to
/// UTF-8 here, the only encoding the JSON reader takes, so every JSON endpoint honours the charset alike (a CSV
/// batch is decoded by its reader, which names the line of a bad byte). Windows-1252's five undefined bytes
/// decode to control characters, which the text rules refuse.
/// </summary>
public sealed class UploadCharsetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var charset = request.HasFormContentType ? null : UploadEncoding.Charset(request);
        if (UploadEncoding.IsSupported(charset))
        {
            if (!UploadEncoding.IsUtf8(charset) && IsJson(request))
            {
                request.Body = Encoding.CreateTranscodingStream(request.Body, UploadEncoding.Of(charset!), Encoding.UTF8, leaveOpen: true);
                request.ContentLength = null;
                request.ContentType = new MediaTypeHeaderValue(request.GetTypedHeaders().ContentType!.MediaType) { Charset = "utf-8" }.ToString();
            }

            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["charset"] = [$"The charset '{Echo.Clip(charset)}' is not supported: send {UploadEncoding.Supported}."],
            })
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Type = ProblemTypes.UnsupportedMediaType,
                Title = "The body's charset is not supported.",
            },
        });
    }

    private static bool IsJson(HttpRequest request) =>
        request.GetTypedHeaders().ContentType?.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
