using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>
/// The service over HTTP on a database of its own, migrated by the service's own start-up.
/// Without demo data, so each test class arranges exactly the figures it asserts on.
/// </summary>
public class ApiFixture<TDatabase> : WebApplicationFactory<Program>, IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    public TDatabase Database { get; } = new();

    protected virtual bool SeedDemoData => false;

    public DbConnectionFactory DbFactory => Services.GetRequiredService<DbConnectionFactory>();

    /// <summary>Starts the service (which migrates its database) and lets the test class arrange its figures.</summary>
    public async Task InitializeAsync()
    {
        if (Database.SkipReason is null)
        {
            await ArrangeAsync(DbFactory);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Inserts the figures a test class asserts on, once, before its first test.</summary>
    protected virtual Task ArrangeAsync(DbConnectionFactory db) => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:SeedDemoData", SeedDemoData ? "true" : "false");
        builder.UseSetting("Auth:BootstrapAdminKey", TestKeys.BootstrapAdmin);
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Settings a fixture adds for its tests (e.g. a low rate limit).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>
    /// A client of the service whose every answer is checked against the committed contract, so no HTTP test can see
    /// an answer the contract does not allow (hides the factory's unchecked one).
    /// </summary>
    public new HttpClient CreateClient() => this.CreateCheckedClient();

    /// <summary>A client that sends <paramref name="apiKey"/> in the X-Api-Key header.</summary>
    public HttpClient CreateClient(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}

/// <summary>The service with the illustrative demo figures loaded, as a fresh install has them.</summary>
public sealed class DemoApiFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override bool SeedDemoData => true;
}
