using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>
/// Gives every successful GET of the API a strong ETag (a hash of the exact bytes) and answers
/// <c>If-None-Match</c> with 304, so a dashboard that polls pays for unchanged data with an empty answer.
/// Answers larger than <see cref="MaxBuffered"/> (a whole-indicator CSV) are streamed without an ETag
/// rather than held in memory.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next)
{
    public const int MaxBuffered = 4 * 1024 * 1024;

    /// <summary>Caches may keep a copy but must ask again each time: figures change when organisations post.</summary>
    public const string CacheControl = "public, no-cache";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new SpillingBuffer(original, MaxBuffered);
        context.Response.Body = buffer;
        try
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Vary = "Accept";
                return Task.CompletedTask;
            });
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (buffer.Spilled)
        {
            return;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.HasStarted)
        {
            // A handler that versions its resource (the administration reads) sets its own ETag, which If-Match
            // on the update must see; everything else gets a hash of its bytes.
            var etag = EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var own)
                ? own
                : new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.Buffered.Span))[..32]}\"");
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = CacheControl;
            if (Matches(request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        await buffer.CopyBufferedToAsync(original, context.RequestAborted);
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag)
    {
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch is { Count: > 0 }
            && ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
    }
}
