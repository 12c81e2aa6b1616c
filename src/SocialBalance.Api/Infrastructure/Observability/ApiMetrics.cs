using System.Diagnostics.Metrics;

namespace SocialBalance.Api.Infrastructure.Observability;

/// <summary>The service's own counters, beside ASP.NET's request metrics.</summary>
public sealed class ApiMetrics
{
    public const string MeterName = "SocialBalance.Api";

    private readonly Counter<long> importedRows;
    private readonly Counter<long> rejectedRows;

    public ApiMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        importedRows = meter.CreateCounter<long>("socialbalance.import.rows", "{row}", "Figures written by imports.");
        rejectedRows = meter.CreateCounter<long>("socialbalance.import.rejected_rows", "{row}", "Rows refused by import validation.");
    }

    public void RowsImported(long count) => importedRows.Add(count);

    public void RowsRejected(long count) => rejectedRows.Add(count);
}
