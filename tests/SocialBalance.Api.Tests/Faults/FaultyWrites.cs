using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.Observability;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// The service's write transactions, except that the next attempts lose a deadlock just before they commit, or
/// the next one waits, inside its transaction, until its request is cancelled.
/// </summary>
public sealed class FaultyWriteTransactions(DbConnectionFactory db, ApiMetrics metrics, ILogger<WriteTransactions> logger)
    : WriteTransactions(db, metrics, logger)
{
    private readonly DatabaseProvider provider = db.Provider;
    private int faultsLeft;
    private int slowLeft;

    /// <summary>The number of attempts, from the next one on, that fail as the database's deadlock victim.</summary>
    public void FailNextAttempts(int count) => Volatile.Write(ref faultsLeft, count);

    /// <summary>The next attempt holds its transaction open until its request is cancelled.</summary>
    public void StallNextAttempt() => Volatile.Write(ref slowLeft, 1);

    protected override async Task BeforeCommitAsync(DbConnection connection, DbTransaction transaction, int attempt, CancellationToken ct)
    {
        if (Interlocked.Decrement(ref faultsLeft) >= 0)
        {
            throw DatabaseFaults.LostDeadlock(provider);
        }

        if (Interlocked.Exchange(ref slowLeft, 0) == 1)
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
    }
}

/// <summary>The service with <see cref="FaultyWriteTransactions"/> in place of its own.</summary>
public class FaultyWriteFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public FaultyWriteTransactions Transactions => (FaultyWriteTransactions)Services.GetRequiredService<WriteTransactions>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<WriteTransactions, FaultyWriteTransactions>());
    }
}

/// <summary>The same, with requests stopped after one second.</summary>
public sealed class TimeLimitedWriteFixture<TDatabase> : FaultyWriteFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Limits:RequestTimeout"] = "00:00:01",
    };
}

/// <summary>Counts the write attempts one service instance started over or gave up, from its own metrics.</summary>
public sealed class FailedWriteAttempts : IDisposable
{
    private readonly MeterListener listener = new();
    private long transient;
    private long raced;

    public FailedWriteAttempts(IServiceProvider services)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == ApiMetrics.FailedWriteAttempts && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "reason", Value: "raced" })
                {
                    Interlocked.Add(ref raced, value);
                    return;
                }
            }

            Interlocked.Add(ref transient, value);
        });
        listener.Start();
    }

    public long Count => Transient + Raced;

    /// <summary>Attempts the database gave up: a deadlock victim, a failover, a busy file.</summary>
    public long Transient => Interlocked.Read(ref transient);

    /// <summary>Attempts refused by a unique key because another writer stored the same row first.</summary>
    public long Raced => Interlocked.Read(ref raced);

    public void Dispose() => listener.Dispose();
}
