using System.Diagnostics.Metrics;

namespace SocialBalance.Api.Infrastructure.Observability;

/// <summary>The service's own counters, beside ASP.NET's request metrics.</summary>
public sealed class ApiMetrics
{
    public const string MeterName = "SocialBalance.Api";

    private readonly Counter<long> importedRows;
    private readonly Counter<long> rejectedRows;
    private readonly Counter<long> cacheLookups;

    public ApiMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        importedRows = meter.CreateCounter<long>("socialbalance.import.rows", "{row}", "Figures written by imports.");
        rejectedRows = meter.CreateCounter<long>("socialbalance.import.rejected_rows", "{row}", "Rows refused by import validation.");
        cacheLookups = meter.CreateCounter<long>("socialbalance.answer_cache.lookups", "{lookup}", "Public GETs looked up in the answer cache, by result (hit or miss).");
    }

    public void RowsImported(long count) => importedRows.Add(count);

    public void RowsRejected(long count) => rejectedRows.Add(count);

    public void CacheLookup(bool hit) => cacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
}
