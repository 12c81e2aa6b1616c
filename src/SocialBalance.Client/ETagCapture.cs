using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace SocialBalance.Client;

/// <summary>
/// The <c>ETag</c> of a read, for <c>If-Match</c> on the update that follows: an admin update without it is refused
/// (428), with a stale one too (412), so no change overwrites one made since the read. Kiota's methods answer the
/// body only; this reads the header through Kiota's header inspection (in the handlers of
/// <see cref="SocialBalanceClientFactory.CreateHttpClient"/> and <c>KiotaClientFactory</c>).
/// </summary>
/// <example>
/// <code>
/// var etag = new ETagCapture();
/// var target = await client.Api.V1.Admin.Targets[id].GetAsync(etag.Capture);
/// await client.Api.V1.Admin.Targets[id].PutAsync(changed, c => c.IfMatch(etag.Value));
/// </code>
/// </example>
public sealed class ETagCapture
{
    private HeadersInspectionHandlerOption inspection = new() { InspectResponseHeaders = true };

    /// <summary>The ETag of the last answer read with <see cref="Capture{T}"/>.</summary>
    public string Value => inspection.ResponseHeaders.TryGetValue("ETag", out var values) && values.FirstOrDefault() is { } etag
        ? etag
        : throw new InvalidOperationException(
            "The answer had no ETag, or it was not inspected: read with Capture, on an HttpClient with Kiota's default handlers.");

    /// <summary>Asks a read's configuration to keep the answer's headers.</summary>
    public void Capture<T>(RequestConfiguration<T> configuration)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // A fresh option per read: the inspection adds to the headers it already holds, so a reused one would
        // still answer the first read's ETag.
        inspection = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        configuration.Options.Add(inspection);
    }
}

/// <summary>Conditional updates through the typed request configuration.</summary>
public static class ConditionalRequestExtensions
{
    /// <summary>Sends <paramref name="etag"/> in <c>If-Match</c>: the update applies only to the version that was read.</summary>
    public static void IfMatch<T>(this RequestConfiguration<T> configuration, string etag)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        configuration.Headers.Add("If-Match", etag);
    }
}
