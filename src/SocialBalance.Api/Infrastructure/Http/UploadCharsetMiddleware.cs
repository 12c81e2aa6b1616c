namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>
/// A body in a charset the service cannot read is refused before any handler reads it (415 naming the charset),
/// so no endpoint stores text decoded with a guess.
/// </summary>
public sealed class UploadCharsetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var charset = context.Request.HasFormContentType ? null : UploadEncoding.Charset(context.Request);
        if (UploadEncoding.IsSupported(charset))
        {
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
}
