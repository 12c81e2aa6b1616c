using Dapper;
using SocialBalance.Api.Infrastructure.Caching;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Database;

namespace SocialBalance.Api.Tests.Features.Caching;

/// <summary>
/// The data version reads go by, against a real database and a clock the test moves: reused within its bound,
/// read anew after it, and at once after a write through this instance, however the reads and the write interleave.
/// </summary>
public sealed class DataVersionTrackerTests(MigratedSqliteFile database) : IClassFixture<MigratedSqliteFile>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_change_straight_in_the_database_is_seen_once_the_bound_has_passed_and_not_read_before()
    {
        var (tracker, clock, queries) = Create();
        var before = await tracker.CurrentAsync(CancellationToken.None);

        await ChangeDataAsync();
        clock.Advance(Bound - TimeSpan.FromMilliseconds(1));
        Assert.Equal(before, await tracker.CurrentAsync(CancellationToken.None));
        Assert.Equal(1, queries.Reads);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        var after = await tracker.CurrentAsync(CancellationToken.None);
        Assert.Equal(before.Data + 1, after.Data);
        Assert.Equal(2, queries.Reads);
    }

    [Fact]
    public async Task After_a_write_through_this_instance_the_next_read_asks_the_database()
    {
        var (tracker, _, queries) = Create();
        var before = await tracker.CurrentAsync(CancellationToken.None);

        await ChangeDataAsync();
        tracker.Invalidate();

        Assert.Equal(before.Data + 1, (await tracker.CurrentAsync(CancellationToken.None)).Data);
        Assert.Equal(2, queries.Reads);
    }

    [Fact]
    public async Task A_read_that_began_before_a_write_is_not_kept_for_the_reads_after_it()
    {
        var (tracker, _, queries) = Create();
        queries.Hold = new TaskCompletionSource();
        var early = tracker.CurrentAsync(CancellationToken.None).AsTask();
        await queries.ReadOnce.Task;

        // The write commits and is answered while the early read is still on its way with the old version.
        await ChangeDataAsync();
        tracker.Invalidate();
        var late = tracker.CurrentAsync(CancellationToken.None).AsTask();
        queries.Hold.SetResult();

        var (old, fresh) = (await early, await late);
        Assert.Equal(old.Data + 1, fresh.Data);
        Assert.Equal(fresh, await tracker.CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Simultaneous_reads_after_the_bound_share_one_database_read()
    {
        var (tracker, clock, queries) = Create();
        await tracker.CurrentAsync(CancellationToken.None);
        clock.Advance(Bound);
        queries.Hold = new TaskCompletionSource();

        var reads = Enumerable.Range(0, 20).Select(_ => tracker.CurrentAsync(CancellationToken.None).AsTask()).ToList();
        queries.Hold.SetResult();
        await Task.WhenAll(reads);

        Assert.Equal(2, queries.Reads);
    }

    [Fact]
    public async Task A_bound_of_zero_reads_the_database_every_time()
    {
        var (tracker, _, queries) = Create(TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            await tracker.CurrentAsync(CancellationToken.None);
        }

        Assert.Equal(3, queries.Reads);
    }

    [Theory]
    [InlineData("00:00:01.001")]
    [InlineData("-00:00:00.001")]
    public void A_bound_outside_zero_to_one_second_is_refused_at_start(string setting)
    {
        var limits = new Api.Infrastructure.Http.Limits.LimitOptions { DataVersionMaxAge = TimeSpan.Parse(setting, System.Globalization.CultureInfo.InvariantCulture) };

        var refused = Assert.Throws<InvalidOperationException>(() => limits.CheckedDataVersionMaxAge());
        Assert.Contains("Limits:DataVersionMaxAge", refused.Message, StringComparison.Ordinal);
    }

    private (DataVersionTracker Tracker, ManualClock Clock, CountingQueries Queries) Create(TimeSpan? bound = null)
    {
        var clock = new ManualClock();
        var queries = new CountingQueries(new DbConnectionFactory(DatabaseProvider.Sqlite, database.ConnectionString));
        return (new DataVersionTracker(queries, clock, bound ?? Bound), clock, queries);
    }

    private async Task ChangeDataAsync()
    {
        await using var connection = database.Open();
        await connection.ExecuteAsync("UPDATE data_change SET data_version = data_version + 1 WHERE id = 1");
    }

    private sealed class ManualClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }

    /// <summary>The real read, counted, and held back on request so a test can interleave a write with it.</summary>
    private sealed class CountingQueries(DbConnectionFactory db) : DataVersionQueries(db)
    {
        private int reads;

        public int Reads => Volatile.Read(ref reads);

        public TaskCompletionSource? Hold { get; set; }

        public TaskCompletionSource ReadOnce { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task<DataVersion> ReadAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref reads);
            var version = await base.ReadAsync(ct);
            ReadOnce.TrySetResult();
            if (Hold is { } hold)
            {
                await hold.Task;
            }

            return version;
        }
    }
}
