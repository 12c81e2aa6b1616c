using System.Collections.Concurrent;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Caching;

namespace SocialBalance.Api.Features.Observations.Reads;

/// <summary>
/// The current figures of one filter, as row ids in list order (catalogue order of indicator, then of area, then
/// year), kept per filter for one <see cref="DataVersion"/>. A page is then a slice of ids, and its total the length:
/// no <c>COUNT(*)</c> and no sort per page, and the sort by catalogue order (which lives in other tables) happens in
/// memory once per filter and version instead of in the database on every page.
/// </summary>
/// <remarks>
/// Bounded by ids kept (8 bytes each): past <see cref="MaxKeptIds"/> an order is computed for the request and not
/// kept. Concurrent first requests for one filter share one computation.
/// </remarks>
public sealed class ObservationOrder
{
    /// <summary>About 16 MB of ids: every filter of one indicator many times over.</summary>
    public const long MaxKeptIds = 2_000_000;

    /// <summary>Counts kept per version: a handful of bytes each.</summary>
    public const int MaxKeptCounts = 10_000;

    private volatile Generation current = new(default);

    /// <summary>The ids of <paramref name="filter"/> in list order under <paramref name="version"/>, computing them once.</summary>
    public async Task<long[]?> GetAsync(DataVersion version, string filter, Func<Task<long[]?>> compute, CancellationToken ct)
    {
        if (For(version) is not { } generation)
        {
            return await compute();
        }

        var entry = generation.Orders.GetOrAdd(filter, _ => new Lazy<Task<long[]?>>(() => ComputeAndKeepAsync(generation, filter, compute)));
        return await entry.Value.WaitAsync(ct);
    }

    /// <summary>
    /// The number of figures a filter that the database orders matches under <paramref name="version"/>, counted once:
    /// the pages after the first then cost no <c>COUNT(*)</c>.
    /// </summary>
    public async Task<long> CountAsync(DataVersion version, string filter, Func<Task<long>> count, CancellationToken ct)
    {
        if (For(version) is not { } generation || (generation.Counts.Count >= MaxKeptCounts && !generation.Counts.ContainsKey(filter)))
        {
            return await count();
        }

        var entry = generation.Counts.GetOrAdd(filter, _ => new Lazy<Task<long>>(count));
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            generation.Counts.TryRemove(filter, out _);
            throw;
        }
    }

    /// <summary>The orders kept under <paramref name="version"/>; null when another request has moved on to another version.</summary>
    private Generation? For(DataVersion version)
    {
        var generation = current;
        if (generation.Version == version)
        {
            return generation;
        }

        var fresh = new Generation(version);
        generation = Interlocked.CompareExchange(ref current, fresh, generation) == generation ? fresh : current;
        return generation.Version == version ? generation : null;
    }

    private static async Task<long[]?> ComputeAndKeepAsync(Generation generation, string filter, Func<Task<long[]?>> compute)
    {
        long[]? ids = null;
        try
        {
            ids = await compute();
            return ids;
        }
        finally
        {
            // A failed or oversized order is not kept: the next request computes it again.
            if (ids is null || !generation.Keep(ids.Length))
            {
                generation.Orders.TryRemove(filter, out _);
            }
        }
    }

    /// <summary>
    /// Sorts the figures' keys into list order; null when a code is missing from the catalogue (one made through another
    /// instance a moment ago), so the caller falls back to sorting in the database.
    /// </summary>
    public static long[]? Sort(IReadOnlyList<ObservationKey> keys, CatalogueSnapshot catalogue)
    {
        var ranked = new (int Indicator, int Area, int Year, long Id)[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (catalogue.IndicatorRank(key.IndicatorCode) is not { } indicator || catalogue.AreaRank(key.AreaCode) is not { } area)
            {
                return null;
            }

            ranked[i] = (indicator, area, key.Year, key.Id);
        }

        Array.Sort(ranked);
        return Array.ConvertAll(ranked, r => r.Id);
    }

    private sealed class Generation(DataVersion version)
    {
        private long ids;

        public DataVersion Version { get; } = version;

        public ConcurrentDictionary<string, Lazy<Task<long[]?>>> Orders { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, Lazy<Task<long>>> Counts { get; } = new(StringComparer.Ordinal);

        /// <summary>Counts an order's ids against the bound once; false when it does not fit.</summary>
        public bool Keep(int count)
        {
            if (Interlocked.Add(ref ids, count) <= MaxKeptIds)
            {
                return true;
            }

            Interlocked.Add(ref ids, -count);
            return false;
        }
    }
}

/// <summary>What orders a figure: its row id and its key.</summary>
public sealed class ObservationKey
{
    public long Id { get; init; }

    public string IndicatorCode { get; init; } = "";

    public string AreaCode { get; init; } = "";

    public int Year { get; init; }
}
