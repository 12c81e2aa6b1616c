using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SocialBalance.Bench;

/// <summary>
/// The service on Kestrel at a loopback port, as it runs in production, over the database the settings name
/// (a SQLite file, or a SQL Server database that the service creates and migrates at start).
/// </summary>
public sealed class BenchService : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> database;
    private readonly ILoggerProvider? log;

    private BenchService(IReadOnlyDictionary<string, string> database, ILoggerProvider? log = null)
    {
        this.database = database;
        this.log = log;

        // The factory looks for the API's source folder as its content root; a bench runs from its own output.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SOCIALBALANCE_API", AppContext.BaseDirectory);
    }

    public string AdminKey { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    public static BenchService OnSqlite(string file) => new(new Dictionary<string, string>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:SqliteFile"] = file,
    });

    /// <summary>On SQL Server; with <paramref name="log"/>, the service logs there instead of to the console.</summary>
    public static BenchService OnSqlServer(string connectionString, ILoggerProvider? log = null) => new(new Dictionary<string, string>
    {
        ["Database:Provider"] = "SqlServer",
        ["ConnectionStrings:SocialBalance"] = connectionString,
    }, log);

    /// <summary>Starts the server and answers a client that authenticates as the bootstrap admin.</summary>
    public HttpClient Start()
    {
        UseKestrel(0);
        StartServer();
        var client = CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    /// <summary>Housing areas through the admin API, as the municipality would create them.</summary>
    public static async Task CreateAreasAsync(HttpClient client, IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            using var created = await client.PostAsJsonAsync("/api/v1/admin/areas", new
            {
                code,
                name = new { da = code, en = code },
                kind = "housing-area",
                parent = "gladsaxe",
                sortOrder = 100,
            });
            created.EnsureSuccessStatusCode();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in database)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Limits:WritesPerMinute", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (log is not null)
        {
            builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(log));
        }
    }
}
