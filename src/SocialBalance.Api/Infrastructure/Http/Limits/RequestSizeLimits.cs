using System.Globalization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Infrastructure.Http.Limits;

/// <summary>
/// The largest request line and headers the service reads, answered as problems. Kestrel refuses a request over its
/// own limits before any middleware runs, with an empty 414 or 431, which breaks "every 4xx is a problem". So Kestrel's
/// limits are set well above the service's (<see cref="KestrelHeadroom"/> times), and this middleware, first in the
/// pipeline, refuses at the service's limits (Kestrel's defaults: 8 KiB request line, 32 KiB and 100 headers) with a
/// problem naming the limit. Only a request beyond Kestrel's raised limits still gets Kestrel's bare answer.
/// </summary>
public sealed class RequestSizeLimitsMiddleware(RequestDelegate next)
{
    /// <summary>The request target: path and query, as sent.</summary>
    public const int MaxRequestTargetBytes = 8 * 1024;

    public const int MaxHeaderBytes = 32 * 1024;

    public const int MaxHeaderCount = 100;

    public const int KestrelHeadroom = 4;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var target = request.PathBase.Value?.Length + request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (target > MaxRequestTargetBytes)
        {
            return Problems.WriteAsync(context, StatusCodes.Status414UriTooLong, ProblemTypes.UriTooLong,
                "The request target is too long.",
                string.Create(CultureInfo.InvariantCulture, $"The path and query are {target:N0} characters; at most {MaxRequestTargetBytes:N0} are read. Send long lists in fewer requests."),
                instance: Instance(request.Path.Value)).AsTask();
        }

        var count = 0;
        var bytes = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                count++;
                // As on the wire: "name: value\r\n".
                bytes += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        if (count > MaxHeaderCount || bytes > MaxHeaderBytes)
        {
            return Problems.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ProblemTypes.HeaderFieldsTooLarge,
                "The request headers are too large.",
                string.Create(CultureInfo.InvariantCulture, $"{count:N0} header lines of {bytes:N0} bytes; at most {MaxHeaderCount:N0} lines of {MaxHeaderBytes:N0} bytes in all are read."),
                instance: Instance(request.Path.Value)).AsTask();
        }

        return next(context);
    }

    /// <summary>The path as the problem's instance, cut to its first characters when it is itself what is too long.</summary>
    private static string Instance(string? path) =>
        path is null ? "/" : path.Length <= Echo.MaxQuotedCharacters ? path : path[..Echo.MaxQuotedCharacters];
}

public static class RequestSizeLimits
{
    /// <summary>Raises Kestrel's limits above the service's, so that the service, not Kestrel, answers at them.</summary>
    public static IWebHostBuilder UseRequestSizeHeadroom(this IWebHostBuilder builder) =>
        builder.ConfigureKestrel(options => Raise(options.Limits));

    private static void Raise(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = Math.Max(limits.MaxRequestLineSize, RequestSizeLimitsMiddleware.MaxRequestTargetBytes * RequestSizeLimitsMiddleware.KestrelHeadroom);
        limits.MaxRequestHeadersTotalSize = Math.Max(limits.MaxRequestHeadersTotalSize, RequestSizeLimitsMiddleware.MaxHeaderBytes * RequestSizeLimitsMiddleware.KestrelHeadroom);
        limits.MaxRequestHeaderCount = Math.Max(limits.MaxRequestHeaderCount, RequestSizeLimitsMiddleware.MaxHeaderCount * RequestSizeLimitsMiddleware.KestrelHeadroom);
    }
}
