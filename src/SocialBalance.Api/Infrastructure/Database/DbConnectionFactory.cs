using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>Opens connections to the configured database; the only type that knows connection strings.</summary>
public sealed class DbConnectionFactory
{
    public DbConnectionFactory(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Dialect = SqlDialect.For(provider);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public SqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(ConnectionString)
            : new SqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds the factory from configuration: provider, file or connection string.</summary>
    public static DbConnectionFactory FromConfiguration(DatabaseOptions options, IConfiguration configuration, string contentRoot)
    {
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var configured = configuration.GetConnectionString("SocialBalance");
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException(
                    "Database:Provider is SqlServer but ConnectionStrings:SocialBalance is not set.");
            }

            var builder = new SqlConnectionStringBuilder(configured);
            if (!configured.Contains("Connect Timeout", StringComparison.OrdinalIgnoreCase)
                && !configured.Contains("Connection Timeout", StringComparison.OrdinalIgnoreCase))
            {
                builder.ConnectTimeout = options.ConnectTimeoutSeconds;
            }

            return new DbConnectionFactory(DatabaseProvider.SqlServer, builder.ConnectionString);
        }

        var file = Path.IsPathRooted(options.SqliteFile)
            ? options.SqliteFile
            : Path.Combine(contentRoot, options.SqliteFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            ForeignKeys = true,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        };
        return new DbConnectionFactory(DatabaseProvider.Sqlite, sqlite.ConnectionString);
    }
}
