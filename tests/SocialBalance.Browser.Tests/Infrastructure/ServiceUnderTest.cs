using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SocialBalance.Api.Tests.Faults;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Published;

namespace SocialBalance.Browser.Tests.Infrastructure;

/// <summary>
/// The service on a real loopback port with the demo data, on a SQLite database of its own: the published output
/// started as a process when <c>SOCIALBALANCE_TEST_PUBLISHED</c> names it (as CI does), else the service in process on
/// Kestrel.
/// </summary>
public sealed class ServiceUnderTest : IDisposable
{
    private readonly ServiceProcess? process;
    private readonly string? sqliteFile;
    private readonly DemoApiFixture<SqliteTestDatabase>? inProcess;

    private ServiceUnderTest(Uri address, ServiceProcess? process, string? sqliteFile, DemoApiFixture<SqliteTestDatabase>? inProcess)
    {
        Address = address;
        this.process = process;
        this.sqliteFile = sqliteFile;
        this.inProcess = inProcess;
    }

    public Uri Address { get; }

    /// <summary>Where it runs, for a failure message.</summary>
    public string Kind => process is null ? "in process on Kestrel" : "the published output as a process";

    public static async Task<ServiceUnderTest> StartAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PublishedOutput.EnvironmentVariable)))
        {
            var folder = await PublishedOutput.FolderAsync();
            var file = Path.Combine(Path.GetTempPath(), $"socialbalance-browser-{Guid.NewGuid():N}.db");
            var settings = new Dictionary<string, string>
            {
                ["Database__Provider"] = "Sqlite",
                ["Database__SqliteFile"] = file,
                ["Database__SeedDemoData"] = "true",
            };
            var adminKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
            var started = await ServiceProcess.StartFromAsync(folder, adminKey, settings, TimeSpan.FromMinutes(2));
            return new ServiceUnderTest(started.Address, started, file, null);
        }

        var factory = new DemoApiFixture<SqliteTestDatabase>();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServiceUnderTest(new Uri(address), null, null, factory);
    }

    public Uri Url(string pathAndQuery) => new(Address, pathAndQuery);

    public void Dispose()
    {
        process?.Dispose();
        inProcess?.Dispose();
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
