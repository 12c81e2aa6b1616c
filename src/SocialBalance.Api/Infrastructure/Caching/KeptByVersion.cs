namespace SocialBalance.Api.Infrastructure.Caching;

/// <summary>
/// One value read from the database, kept while the version it was read under is the current one. The caller reads
/// the version before the value is loaded, so a value kept under a version is never older than the version.
/// Concurrent loads after a change may each read once; the last one read is kept.
/// </summary>
public sealed class KeptByVersion<TVersion, TValue>
    where TVersion : IEquatable<TVersion>
{
    private volatile Entry? kept;

    public async ValueTask<TValue> GetAsync(TVersion version, Func<CancellationToken, Task<TValue>> load, CancellationToken ct)
    {
        if (kept is { } hit && hit.Version.Equals(version))
        {
            return hit.Value;
        }

        var value = await load(ct);
        kept = new Entry(version, value);
        return value;
    }

    private sealed record Entry(TVersion Version, TValue Value);
}
