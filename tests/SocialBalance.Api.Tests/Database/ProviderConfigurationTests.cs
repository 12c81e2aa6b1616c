using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>The database is chosen by configuration alone; SQL Server needs no code change.</summary>
public sealed class ProviderConfigurationTests
{
    private static (DatabaseOptions Options, IConfiguration Configuration) Configure(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return (options, configuration);
    }

    [Fact]
    public void The_default_is_the_embedded_database_with_demo_data()
    {
        var (options, configuration) = Configure([]);
        var root = Path.Combine(Path.GetTempPath(), "sb-config-" + Guid.NewGuid().ToString("N"));

        var factory = DbConnectionFactory.FromConfiguration(options, configuration, root);

        Assert.Equal(DatabaseProvider.Sqlite, factory.Provider);
        Assert.IsType<SqliteDialect>(factory.Dialect);
        Assert.Contains(Path.Combine(root, "data", "socialbalance.db"), factory.ConnectionString);
        Assert.True(options.ShouldSeedDemoData);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task SqlServer_is_selected_by_settings_alone_and_never_seeds_demo_data_implicitly()
    {
        var (options, configuration) = Configure(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SocialBalance"] = "Server=127.0.0.1,1;Database=SocialBalance;User Id=sa;Password=x;TrustServerCertificate=True",
        });

        var factory = DbConnectionFactory.FromConfiguration(options, configuration, Path.GetTempPath());

        Assert.Equal(DatabaseProvider.SqlServer, factory.Provider);
        Assert.IsType<SqlServerDialect>(factory.Dialect);
        Assert.False(options.ShouldSeedDemoData);
        // A short connect timeout is applied when the connection string sets none.
        Assert.Equal(5, new SqlConnectionStringBuilder(factory.ConnectionString).ConnectTimeout);
        // It really talks to SQL Server: nothing listens on port 1, so opening fails fast with a SqlException.
        await Assert.ThrowsAsync<SqlException>(() => factory.OpenAsync(CancellationToken.None));
    }

    [Fact]
    public void Demo_data_on_SqlServer_only_when_asked_for()
    {
        var (options, _) = Configure(new() { ["Database:Provider"] = "SqlServer", ["Database:SeedDemoData"] = "true" });

        Assert.True(options.ShouldSeedDemoData);
    }

    [Fact]
    public void SqlServer_without_a_connection_string_fails_with_a_clear_message()
    {
        var (options, configuration) = Configure(new() { ["Database:Provider"] = "SqlServer" });

        var error = Assert.Throws<InvalidOperationException>(() => DbConnectionFactory.FromConfiguration(options, configuration, Path.GetTempPath()));
        Assert.Contains("ConnectionStrings:SocialBalance", error.Message);
    }

    [Fact]
    public void A_read_only_connection_string_serves_the_reads()
    {
        var (options, configuration) = Configure(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SocialBalance"] = "Server=primary;Database=SocialBalance;Integrated Security=true",
            ["ConnectionStrings:SocialBalanceRead"] = "Server=listener;Database=SocialBalance;Integrated Security=true;ApplicationIntent=ReadOnly",
        });

        var factory = DbConnectionFactory.FromConfiguration(options, configuration, Path.GetTempPath());

        Assert.Equal("primary", new SqlConnectionStringBuilder(factory.ConnectionString).DataSource);
        var read = new SqlConnectionStringBuilder(factory.ReadConnectionString);
        Assert.Equal("listener", read.DataSource);
        Assert.Equal(ApplicationIntent.ReadOnly, read.ApplicationIntent);
        Assert.Equal(5, read.ConnectTimeout);
    }

    [Fact]
    public void Without_a_read_only_connection_string_reads_use_the_primary()
    {
        var (options, configuration) = Configure(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SocialBalance"] = "Server=primary;Database=SocialBalance;Integrated Security=true",
        });

        var factory = DbConnectionFactory.FromConfiguration(options, configuration, Path.GetTempPath());

        Assert.Equal(factory.ConnectionString, factory.ReadConnectionString);
    }
}
