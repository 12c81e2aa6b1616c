using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Bench;

/// <summary>The service on Kestrel at a loopback port, over a fresh SQLite file, as it runs in production.</summary>
public sealed class BenchService : WebApplicationFactory<Program>
{
    private readonly string file;

    public BenchService(string file)
    {
        this.file = file;

        // The factory looks for the API's source folder as its content root; a bench runs from its own output.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SOCIALBALANCE_API", AppContext.BaseDirectory);
    }

    public string AdminKey { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqliteFile", file);
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Limits:WritesPerMinute", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}

public static class ApiImport
{
    /// <summary>Posts the CSV once as a dry run (to warm up) and once for real; answers the real post's time.</summary>
    public static async Task<TimeSpan> MeasureAsync(string file, string csv)
    {
        await using var service = new BenchService(file);
        service.UseKestrel(0);
        service.StartServer();
        using var client = service.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        client.DefaultRequestHeaders.Add("X-Api-Key", service.AdminKey);

        // The generated areas through the admin API, as the municipality would create them.
        var areas = Enumerable.Range(0, BenchData.AreaCount).Select(BenchData.Area)
            .Concat(Enumerable.Range(0, BenchData.WarmUpAreas).Select(BenchData.WarmUpArea));
        foreach (var area in areas)
        {
            using var created = await client.PostAsJsonAsync("/api/v1/admin/areas", new
            {
                code = area,
                name = new { da = area, en = area },
                kind = "housing-area",
                parent = "gladsaxe",
                sortOrder = 100,
            });
            created.EnsureSuccessStatusCode();
        }

        // Warm up: the whole CSV as a dry run, and a real import of 5,550 other figures.
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
