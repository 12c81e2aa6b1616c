using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Faults;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// The published service on a database of its own, as an operator would start it: environment Production, the
/// provider and database from the environment, demo data asked for, a random bootstrap admin key. The scenarios run
/// once per instance and their transcripts are kept, so the tests of one class share them.
/// </summary>
public sealed class PublishedInstance : IDisposable
{
    private readonly TestDatabase database;
    private readonly Lazy<Task<Transcript>> scenario;
    private readonly Lazy<Task<Transcript>> caseProbe;
    private Task<ServiceProcess>? started;

    public PublishedInstance(TestDatabase database, string name)
    {
        this.database = database;
        Name = name;
        scenario = new(() => PublishedScenario.RunAsync(this));
        // After the scenario, never beside it: on SQL Server the probe may retract a figure.
        caseProbe = new(async () =>
        {
            await scenario.Value;
            return await PublishedScenario.CaseProbeAsync(this);
        });
    }

    public string Name { get; }

    public DatabaseProvider Provider => database.Provider;

    /// <summary>At least 32 characters, as the service demands, and new for every run.</summary>
    public string AdminKey { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    public TestDatabase Database => database;

    /// <summary>Starts the service from <paramref name="folder"/>; the database is created and migrated by the service itself.</summary>
    public Task StartAsync(Task<string> folder)
    {
        if (database.SkipReason is not null)
        {
            return Task.CompletedTask;
        }

        started = StartServiceAsync(folder);
        return started;
    }

    /// <summary>The running service; skips the test when this kind of database is not available here.</summary>
    public async Task<ServiceProcess> ServiceAsync()
    {
        Skip.If(database.SkipReason is not null, database.SkipReason);
        return await (started ?? throw new InvalidOperationException($"{Name} was never started."));
    }

    public Task<Transcript> ScenarioAsync() => scenario.Value;

    public Task<Transcript> CaseProbeAsync() => caseProbe.Value;

    /// <summary>A client for the service, anonymous or with <paramref name="apiKey"/>.</summary>
    public async Task<HttpClient> ClientAsync(string? apiKey = null)
    {
        var service = await ServiceAsync();
        var client = CheckedClients.Over(service.Address, TimeSpan.FromMinutes(1));
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>A connection of the tests' own to the service's database, to read back what it wrote.</summary>
    public async Task<DbConnection> OpenDbAsync()
    {
        await ServiceAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return await DbConnectionFactory.FromConfiguration(options, configuration, Path.GetTempPath()).OpenAsync(CancellationToken.None);
    }

    public void Dispose()
    {
        if (started is { IsCompletedSuccessfully: true })
        {
            started.Result.Dispose();
        }

        database.Dispose();
    }

    private async Task<ServiceProcess> StartServiceAsync(Task<string> folder)
    {
        // Database:Provider → Database__Provider, as an operator sets it in a container's environment.
        var settings = database.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? "");
        settings["Database__SeedDemoData"] = "true";
        // Migrating and seeding a SQL Server database takes seconds, more on a busy two-core machine.
        var published = await folder;
        Task<ServiceProcess> Start() => ServiceProcess.StartFromAsync(published, AdminKey, settings, TimeSpan.FromMinutes(3));
        return database is SqlServerTestDatabase { CreatedByService: true }
            ? await SqlServerTestDatabase.WhileNoOtherIsCreatedAsync(Start)
            : await Start();
    }
}
