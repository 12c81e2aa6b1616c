using System.IO.Hashing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using SocialBalance.Api.Infrastructure.Caching;
using SocialBalance.Api.Infrastructure.Http.Uploads;
using SocialBalance.Api.Infrastructure.Observability;

namespace SocialBalance.Api.Infrastructure.Http.Conditional;

/// <summary>
/// Gives every successful GET of the API (and of a page marked with <see cref="ConditionalGetMetadata"/>) a strong ETag (a hash of the exact bytes) and answers
/// <c>If-None-Match</c> with 304, so a dashboard that polls pays for unchanged data with an empty answer.
/// The answers of public GETs (no key required) are kept in <see cref="ResponseCache"/> under the database's
/// <see cref="DataVersion"/> (see <see cref="DataVersionTracker"/> for how fresh), and say so in <c>Cache-Status</c> (RFC 9211).
/// Answers larger than <see cref="MaxBuffered"/> (a whole-indicator CSV) are streamed without an ETag
/// rather than held in memory, and are not kept.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, ResponseCache cache, DataVersionTracker versions, ApiMetrics metrics)
{
    // Room for the national list (about 10 MB as JSON at 2,000 areas), the read most worth keeping; the buffer is
    // rented from the shared pool and concurrent requests for one answer share one computation.
    public const int MaxBuffered = 16 * 1024 * 1024;

    /// <summary>Caches may keep a copy but must ask again each time: figures change when organisations post.</summary>
    public const string CacheControl = "public, no-cache";

    /// <summary>An answer to a keyed request (the administration reads) is for that caller only: no shared cache keeps it.</summary>
    public const string PrivateCacheControl = "private, no-cache";

    private const string CacheName = "SocialBalance.Api";

    private const string CacheStatusHeader = "Cache-Status";

    private const string HitStatus = CacheName + "; hit";
    private const string CollapsedStatus = CacheName + "; fwd=miss; collapsed";
    private const string StoredStatus = CacheName + "; fwd=miss; stored";
    private const string MissStatus = CacheName + "; fwd=miss";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await ChangeAsync(context);
            return;
        }

        if (!IsConditional(context))
        {
            await next(context);
            return;
        }

        ResponseCache.Fill? fill = null;
        if (cache.Enabled && IsPublic(context))
        {
            var version = await versions.CurrentAsync(context.RequestAborted);
            var lookup = cache.Find(version, Key(request));
            var cached = lookup.Cached;
            if (cached is null && lookup.Awaited is { } awaited)
            {
                cached = await awaited.WaitAsync(context.RequestAborted);
            }

            if (cached is not null)
            {
                metrics.CacheLookup(hit: true);
                await WriteAsync(context, cached, lookup.Cached is null ? CollapsedStatus : HitStatus);
                return;
            }

            metrics.CacheLookup(hit: false);
            fill = lookup.Fill;
        }

        try
        {
            await RespondAsync(context, fill);
        }
        finally
        {
            // Waiting requests are released whatever happened; with null they compute the answer themselves.
            fill?.Complete(null);
        }
    }

    /// <summary>
    /// A request that may change data: whatever it did, the next read asks the database for its version again, so a
    /// client that has its answer never reads from before its own write. Marked before the answer starts (the handler
    /// has committed by then) and again at the end, for an answer that started before the write finished.
    /// </summary>
    private async Task ChangeAsync(HttpContext context)
    {
        context.Response.OnStarting(
            static state =>
            {
                ((DataVersionTracker)state).Invalidate();
                return Task.CompletedTask;
            },
            versions);
        try
        {
            await next(context);
        }
        finally
        {
            versions.Invalidate();
        }
    }

    private async Task RespondAsync(HttpContext context, ResponseCache.Fill? fill)
    {
        var response = context.Response;
        // Only an answer to keep needs to know which headers the endpoint added.
        var headersBefore = fill is null ? null : response.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var original = response.Body;
        await using var buffer = new SpillingBuffer(original, MaxBuffered);
        response.Body = buffer;
        try
        {
            response.Headers.Vary = "Accept";
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (buffer.Spilled)
        {
            return;
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.HasStarted)
        {
            // A handler that versions its resource (the administration reads) sets its own ETag, which If-Match
            // on the update must see; everything else gets a 128-bit hash of its bytes. The tag only has to tell
            // two answers apart, so a non-cryptographic hash does (SHA-256 took a twentieth of the CPU time of a
            // 100-kB ambition answer).
            var etag = EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var own)
                ? own
                : new EntityTagHeaderValue($"\"{HashOf(buffer)}\"");
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = IsPublic(context) ? CacheControl : PrivateCacheControl;
            if (fill is not null)
            {
                var cached = new CachedResponse(
                    response.Headers.Where(h => !headersBefore!.Contains(h.Key) && !IsPerResponse(h.Key)).ToList(),
                    etag,
                    buffer.ToArray());
                response.Headers[CacheStatusHeader] = fill.Complete(cached) ? StoredStatus : MissStatus;
            }

            if (Matches(context.Request, etag))
            {
                NotModified(response);
                return;
            }
        }

        // The whole answer is in hand: its length goes in the header instead of chunked framing. An empty one is left
        // without, so the status code pages can still write a problem body for it.
        if (!response.HasStarted && buffer.BufferedLength > 0)
        {
            response.ContentLength ??= buffer.BufferedLength;
        }

        await buffer.CopyBufferedToAsync(original, context.RequestAborted);
    }

    /// <summary>The entity tag's value: the 128-bit hash of the answer's bytes, segment after segment.</summary>
    internal static string HashOf(SpillingBuffer buffer)
    {
        var hash = new XxHash128();
        foreach (var segment in buffer.Segments)
        {
            hash.Append(segment.Span);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static async Task WriteAsync(HttpContext context, CachedResponse cached, string status)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in cached.Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers[CacheStatusHeader] = status;
        if (Matches(context.Request, cached.ETag))
        {
            NotModified(response);
            return;
        }

        response.ContentLength = cached.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(cached.Body, context.RequestAborted);
        }
    }

    /// <summary>Every read of the API, and the pages that ask for it (<see cref="ConditionalGetMetadata"/>).</summary>
    private static bool IsConditional(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        || context.GetEndpoint()?.Metadata.GetMetadata<ConditionalGetMetadata>() is not null;

    /// <summary>
    /// Public means no key is required: the answer is the same for every caller and may be shared. GET only: a HEAD
    /// is answered by the endpoint itself, and a request that carries a key is still answered like anybody's.
    /// </summary>
    private static bool IsPublic(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.GetEndpoint() is { } endpoint
        && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;

    /// <summary>The answer differs by path, query and Accept (JSON or CSV); the Host plays no part (links are relative).</summary>
    private static string Key(HttpRequest request) =>
        string.Concat(request.Path.Value, request.QueryString.Value, "\n", request.Headers.Accept.ToString());

    private static bool IsPerResponse(string header) =>
        header.Equals(HeaderNames.Date, StringComparison.OrdinalIgnoreCase)
        || header.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)
        || header.Equals(HeaderNames.TransferEncoding, StringComparison.OrdinalIgnoreCase);

    private static void NotModified(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.ContentLength = null;
        response.Headers.ContentType = default;
        response.Headers.ContentDisposition = StringValues.Empty;
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag)
    {
        if (request.Headers.IfNoneMatch.Count == 0)
        {
            return false;
        }

        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch is { Count: > 0 }
            && ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
    }
}
