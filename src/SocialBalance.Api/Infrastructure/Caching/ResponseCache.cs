using System.Collections.Concurrent;

namespace SocialBalance.Api.Infrastructure.Caching;

/// <summary>
/// The answers to public GETs, kept for one <see cref="DataVersion"/> at a time. A request that reads another version
/// than the one kept (any write in between, through any instance) drops every answer at once, so a read after a
/// successful write never gets an answer from before it. Bounded by bytes: once full, further answers are served
/// but not kept until the next change starts afresh.
/// </summary>
/// <remarks>
/// Concurrent misses of one answer are collapsed: the first computes it, the others wait for it, so an expensive
/// read (the national list) right after a write is computed once, not once per waiting client.
/// </remarks>
public sealed class ResponseCache(long maxBytes)
{
    private volatile Generation current = new(default);

    /// <summary>The answer kept for <paramref name="key"/> under <paramref name="version"/>, if any.</summary>
    public Lookup Find(DataVersion version, string key)
    {
        var generation = For(version);
        if (generation.Responses.TryGetValue(key, out var cached))
        {
            return new Lookup(cached, null, null);
        }

        var claim = new TaskCompletionSource<CachedResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = generation.Pending.GetOrAdd(key, claim);
        return pending == claim
            ? new Lookup(null, new Fill(generation, key, claim, maxBytes), null)
            : new Lookup(null, null, pending.Task);
    }

    /// <summary>False with a budget of 0: then nothing is looked up, kept or collapsed, and every request is computed.</summary>
    public bool Enabled => maxBytes > 0;

    /// <summary>How many bytes the current version's answers take.</summary>
    public long Bytes => current.Bytes;

    private Generation For(DataVersion version)
    {
        var seen = current;
        if (seen.Version == version)
        {
            return seen;
        }

        // Any other version, also a lower one (a restored backup), starts afresh: a kept answer is served only under
        // the very version it was read at.
        var fresh = new Generation(version);
        var winner = Interlocked.CompareExchange(ref current, fresh, seen);
        return winner == seen ? fresh : (winner.Version == version ? winner : fresh);
    }

    /// <summary>
    /// One of three: a kept <see cref="Cached"/>; a <see cref="Fill"/> that the caller must complete (it computes the
    /// answer); or <see cref="Awaited"/>, another request's computation of the same answer, null if it was not kept.
    /// </summary>
    public readonly record struct Lookup(CachedResponse? Cached, Fill? Fill, Task<CachedResponse?>? Awaited);

    /// <summary>The right, and the duty, to compute one answer: complete it with the answer or with null.</summary>
    public sealed class Fill(Generation generation, string key, TaskCompletionSource<CachedResponse?> claim, long maxBytes)
    {
        private int done;

        /// <summary>Keeps the answer if it fits, hands it to the waiting requests, and says whether it was kept.</summary>
        public bool Complete(CachedResponse? cached)
        {
            if (Interlocked.Exchange(ref done, 1) == 1)
            {
                return false;
            }

            var kept = cached is not null && generation.TryAdd(key, cached, maxBytes);
            generation.Pending.TryRemove(key, out _);
            claim.TrySetResult(cached);
            return kept;
        }
    }

    /// <summary>The answers kept under one version.</summary>
    public sealed class Generation(DataVersion version)
    {
        private long bytes;

        public DataVersion Version { get; } = version;

        public ConcurrentDictionary<string, CachedResponse> Responses { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, TaskCompletionSource<CachedResponse?>> Pending { get; } = new(StringComparer.Ordinal);

        public long Bytes => Interlocked.Read(ref bytes);

        public bool TryAdd(string key, CachedResponse cached, long maxBytes)
        {
            if (Interlocked.Add(ref bytes, cached.Size) > maxBytes || !Responses.TryAdd(key, cached))
            {
                Interlocked.Add(ref bytes, -cached.Size);
                return false;
            }

            return true;
        }
    }
}
