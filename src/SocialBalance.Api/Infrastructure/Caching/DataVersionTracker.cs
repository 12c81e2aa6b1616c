namespace SocialBalance.Api.Infrastructure.Caching;

/// <summary>
/// The <see cref="DataVersion"/> reads go by, read from the database at most once per <see cref="MaxAge"/> instead of
/// once per request: the one-row read cost more than serving a kept answer. Two promises hold:
/// a write through this instance is seen by its very next read (every write request calls <see cref="Invalidate"/>
/// before its answer starts), and a write through another instance, or straight in SQL, is seen within
/// <see cref="MaxAge"/> (<c>Limits:DataVersionMaxAge</c>, at most one second).
/// </summary>
/// <remarks>
/// Concurrent reads after the version has aged share one database read. A read that began before an invalidation
/// may return the old version; it is handed to the requests that asked for it (they began before the write was
/// answered) but never kept for later ones.
/// </remarks>
public sealed class DataVersionTracker(DataVersionQueries queries, TimeProvider time, TimeSpan maxAge)
{
    /// <summary>The longest a version may be reused: the bound the documentation promises.</summary>
    public static readonly TimeSpan MaxAllowedAge = TimeSpan.FromSeconds(1);

    private readonly long maxAgeTicks = (long)(maxAge.TotalSeconds * time.TimestampFrequency);
    private long epoch;
    private volatile Snapshot? snapshot;
    private (Task<Snapshot> Task, long Epoch)? reading;
    private readonly Lock gate = new();

    public TimeSpan MaxAge => TimeSpan.FromSeconds((double)maxAgeTicks / time.TimestampFrequency);

    /// <summary>The version to serve reads by: kept while fresh and not invalidated, otherwise read anew.</summary>
    public ValueTask<DataVersion> CurrentAsync(CancellationToken ct)
    {
        var seen = snapshot;
        if (seen is not null && seen.Epoch == Volatile.Read(ref epoch) && time.GetTimestamp() - seen.ReadAt < maxAgeTicks)
        {
            return ValueTask.FromResult(seen.Version);
        }

        return new ValueTask<DataVersion>(ReadSharedAsync(ct));
    }

    /// <summary>The version as the database has it now, for a write that must judge by the latest catalogue.</summary>
    public async Task<DataVersion> ReadNowAsync(CancellationToken ct) => (await ReadAsync(ct)).Version;

    /// <summary>Called by every write request before its answer starts: the next read asks the database again.</summary>
    public void Invalidate() => Interlocked.Increment(ref epoch);

    private async Task<DataVersion> ReadSharedAsync(CancellationToken ct)
    {
        Task<Snapshot> shared;
        lock (gate)
        {
            // A read already under way serves this request only if it began after the last invalidation.
            if (reading is not { Task.IsCompleted: false } running || running.Epoch != Volatile.Read(ref epoch))
            {
                var started = Volatile.Read(ref epoch);
                reading = (ReadAsync(started, CancellationToken.None), started);
            }

            shared = reading.Value.Task;
        }

        return (await shared.WaitAsync(ct)).Version;
    }

    private Task<Snapshot> ReadAsync(CancellationToken ct) => ReadAsync(Volatile.Read(ref epoch), ct);

    private async Task<Snapshot> ReadAsync(long started, CancellationToken ct)
    {
        var readAt = time.GetTimestamp();
        var fresh = new Snapshot(await queries.ReadAsync(ct), readAt, started);
        // Kept only if nothing was written through this instance meanwhile and no later read is kept already.
        if (fresh.Epoch == Volatile.Read(ref epoch) && (snapshot is not { } kept || kept.ReadAt <= readAt))
        {
            snapshot = fresh;
        }

        return fresh;
    }

    private sealed record Snapshot(DataVersion Version, long ReadAt, long Epoch);
}
