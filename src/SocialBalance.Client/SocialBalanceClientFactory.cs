using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace SocialBalance.Client;

/// <summary>
/// Creates a <see cref="SocialBalanceClient"/> for the service at an <see cref="HttpClient"/>'s base address. The
/// contract names no server (each municipality runs its own), so the base address is the one thing to configure.
/// </summary>
public static class SocialBalanceClientFactory
{
    /// <summary>The header every write sends its organisation's API key in (never the query string: the service refuses that).</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>
    /// A client on <paramref name="httpClient"/>, whose <see cref="HttpClient.BaseAddress"/> is the service's root.
    /// Reads need no key; with <paramref name="apiKey"/> every request carries it, and only to that host, so the key
    /// never leaves for another server a link might name.
    /// </summary>
    public static SocialBalanceClient Create(HttpClient httpClient, string? apiKey = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        var baseAddress = httpClient.BaseAddress
            ?? throw new ArgumentException("Set the HttpClient's BaseAddress to the service's root, e.g. https://socialbalance.example.dk/.", nameof(httpClient));
        IAuthenticationProvider authentication = apiKey is null
            ? new AnonymousAuthenticationProvider()
            : new ApiKeyAuthenticationProvider(apiKey, ApiKeyHeader, ApiKeyAuthenticationProvider.KeyLocation.Header, baseAddress.Host);
        return new SocialBalanceClient(new HttpClientRequestAdapter(authentication, httpClient: httpClient));
    }

    /// <summary>
    /// An <see cref="HttpClient"/> for the service at <paramref name="baseAddress"/> with Kiota's default handlers:
    /// retries that honour <c>Retry-After</c> (429, 503), redirects, and the header inspection that
    /// <see cref="ETagCapture"/> reads the <c>ETag</c> through.
    /// </summary>
    public static HttpClient CreateHttpClient(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var client = KiotaClientFactory.Create();
        client.BaseAddress = baseAddress;
        return client;
    }
}
