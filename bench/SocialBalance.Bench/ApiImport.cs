using System.Diagnostics;
using System.Text;
using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Bench;

public static class ApiImport
{
    /// <summary>
    /// Creates the areas, warms up (the CSV as a dry run, then a real import of other figures), and answers the
    /// time of the real import of the CSV, checked afterwards in the database. Stops the service at the end.
    /// </summary>
    public static async Task<TimeSpan> MeasureAsync(BenchService service, string csv)
    {
        await using var owned = service;
        using var client = service.Start();
        await BenchService.CreateAreasAsync(client,
            Enumerable.Range(0, BenchData.AreaCount).Select(BenchData.Area).Concat(Enumerable.Range(0, BenchData.WarmUpAreas).Select(BenchData.WarmUpArea)));

        using (var dryRun = await client.PostAsync("/api/v1/observations/batch?dryRun=true", new StringContent(csv, Encoding.UTF8, "text/csv")))
        {
            dryRun.EnsureSuccessStatusCode();
        }

        using (var warmUp = await client.PostAsync("/api/v1/observations/batch", new StringContent(BenchData.WarmUpCsv(), Encoding.UTF8, "text/csv")))
        {
            warmUp.EnsureSuccessStatusCode();
        }

        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync("/api/v1/observations/batch", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The import failed: {(int)response.StatusCode} {body}");
        }

        await using var connection = await service.Services.GetRequiredService<DbConnectionFactory>().OpenAsync(CancellationToken.None);
        var count = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation WHERE area_code LIKE 'bench-area-%' AND import_id IS NOT NULL");
        if (count != BenchData.Rows)
        {
            throw new InvalidOperationException($"The import wrote {count} figures, not {BenchData.Rows}: {body}");
        }

        return clock.Elapsed;
    }
}
