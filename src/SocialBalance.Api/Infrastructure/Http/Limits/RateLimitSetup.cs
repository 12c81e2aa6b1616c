using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Infrastructure.Http.Limits;

/// <summary>
/// Reads are anonymous, so they are limited per client address: one busy script must not starve the
/// municipality's dashboards. Health probes are never limited.
/// </summary>
public static class RateLimitSetup
{
    public const string AnonymousReads = "anonymous-reads";

    /// <summary>The policy of every write endpoint: a budget per API key, so one organisation's runaway script
    /// cannot crowd out the others. Runs after authentication, which names the key.</summary>
    public const string Writes = "writes";

    /// <summary>
    /// Reads that build a large answer in memory (the national list: 2,000 areas, about 10 MB of JSON) run at most
    /// one per processor; the rest wait their turn. More at once finishes none sooner on a busy machine, and each
    /// holds its answer in memory until it is sent: 32 at once took the service past 1.3 GB.
    /// </summary>
    public const string LargeReads = "large-reads";

    public static IServiceCollection AddServiceRateLimits(this IServiceCollection services, LimitOptions limits)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
                if (!isRead || !context.Request.Path.StartsWithSegments("/api"))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(AnonymousReads + ":" + client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.AnonymousReadsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.AddPolicy(Writes, context => RateLimitPartition.GetFixedWindowLimiter(
                Writes + ":" + context.User.RateLimitPartition(),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.WritesPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.AddConcurrencyLimiter(LargeReads, o =>
            {
                o.PermitLimit = Environment.ProcessorCount;
                o.QueueLimit = 1_000;
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = WriteTooManyRequests;
        });
        return services;
    }

    /// <summary>429 as a problem, with the seconds to wait in <c>Retry-After</c>.</summary>
    public static async ValueTask WriteTooManyRequests(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problems.WriteAsync(
            http,
            StatusCodes.Status429TooManyRequests,
            ProblemTypes.TooManyRequests,
            "Too many requests.",
            $"Wait {seconds} seconds before the next request.");
    }
}
