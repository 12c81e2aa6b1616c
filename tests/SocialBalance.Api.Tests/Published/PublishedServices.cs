using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// The published service started once for the test class on each database: a new SQLite file, and (when
/// <c>SOCIALBALANCE_TEST_SQLSERVER</c> is set) a new SQL Server database, dropped afterwards. Both start together;
/// a start that fails fails the tests that use that instance, not the others.
/// </summary>
public sealed class PublishedServices : IAsyncLifetime
{
    public PublishedInstance Sqlite { get; } = new(new SqliteTestDatabase(), "SQLite");

    public PublishedInstance SqlServer { get; } = new(new SqlServerTestDatabase(createdByService: true), "SQL Server");

    public async Task InitializeAsync()
    {
        var folder = PublishedOutput.FolderAsync();
        try
        {
            await Task.WhenAll(Sqlite.StartAsync(folder), SqlServer.StartAsync(folder));
        }
        catch (Exception)
        {
            // Reported by each test that awaits the instance that did not start.
        }
    }

    public Task DisposeAsync()
    {
        Sqlite.Dispose();
        SqlServer.Dispose();
        return Task.CompletedTask;
    }
}
