using System.Diagnostics.Metrics;

namespace SocialBalance.Api.Infrastructure.Observability;

/// <summary>The service's own counters, beside ASP.NET's request metrics.</summary>
public sealed class ApiMetrics
{
    public const string MeterName = "SocialBalance.Api";

    public const string FailedWriteAttempts = "socialbalance.db.failed_write_attempts";

    private readonly Counter<long> importedRows;
    private readonly Counter<long> rejectedRows;
    private readonly Counter<long> cacheLookups;
    private readonly Counter<long> failedWriteAttempts;

    public ApiMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        importedRows = meter.CreateCounter<long>("socialbalance.import.rows", "{row}", "Figures written by imports.");
        rejectedRows = meter.CreateCounter<long>("socialbalance.import.rejected_rows", "{row}", "Rows refused by import validation.");
        failedWriteAttempts = meter.CreateCounter<long>(FailedWriteAttempts, "{attempt}", "Write transactions the database gave up or refused as raced, by reason (transient or raced); each started over or answered 503.");
        cacheLookups = meter.CreateCounter<long>("socialbalance.answer_cache.lookups", "{lookup}", "Public GETs looked up in the answer cache, by result (hit or miss).");
    }

    public void RowsImported(long count) => importedRows.Add(count);

    public void RowsRejected(long count) => rejectedRows.Add(count);

    public void WriteAttemptFailed(string reason) => failedWriteAttempts.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void CacheLookup(bool hit) => cacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
}
