using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SocialBalance.Api.Infrastructure.Caching;

/// <summary>A 200 answer to a public GET as it was sent: the headers the endpoint set, its ETag and its bytes.</summary>
public sealed record CachedResponse(IReadOnlyList<KeyValuePair<string, StringValues>> Headers, EntityTagHeaderValue ETag, byte[] Body)
{
    /// <summary>What the answer costs the cache: its bytes plus a rough allowance for headers and bookkeeping.</summary>
    public long Size => Body.Length + 512;
}
