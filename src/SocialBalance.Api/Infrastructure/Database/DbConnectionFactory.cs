using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>Opens connections to the configured database; the only type that knows connection strings.</summary>
public sealed class DbConnectionFactory
{
    // Opening a connection is always safe to retry; SQL Server's transient errors (Azure SQL failover,
    // throttling, a deadlock victim) usually pass within seconds.
    private static readonly SqlRetryLogicBaseProvider OpenRetry = SqlConfigurableRetryFactory.CreateExponentialRetryProvider(
        new SqlRetryLogicOption
        {
            NumberOfTries = 4,
            DeltaTime = TimeSpan.FromMilliseconds(200),
            MaxTimeInterval = TimeSpan.FromSeconds(5),
            TransientErrors = [1205, 4060, 40197, 40501, 40613, 49918, 49919, 49920, 233, 64, -2],
        });

    // SQLite keeps a page cache per connection, and the pool keeps its connections open: each is sized when first
    // opened, and its size remembered by its native handle (the pool hands the same one out again). Shared by every
    // factory: two factories on one file share one pool.
    private static readonly ConditionalWeakTable<sqlite3, string> CacheSizes = new();

    private readonly string sqliteCacheSize;

    public DbConnectionFactory(
        DatabaseProvider provider,
        string connectionString,
        string? readConnectionString = null,
        int sqliteCacheMegabytes = DatabaseOptions.DefaultSqliteCacheMegabytes)
    {
        Provider = provider;
        ConnectionString = connectionString;
        ReadConnectionString = string.IsNullOrWhiteSpace(readConnectionString) ? connectionString : readConnectionString;
        Dialect = SqlDialect.For(provider);
        // Negative: kibibytes rather than pages, whatever the file's page size.
        sqliteCacheSize = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{sqliteCacheMegabytes * 1024}");
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Where reads go: a read-only replica when configured, else the primary.</summary>
    public string ReadConnectionString { get; }

    public SqlDialect Dialect { get; }

    /// <summary>A connection to the primary, for writes and for reads that must see them.</summary>
    public Task<DbConnection> OpenAsync(CancellationToken ct) => OpenAsync(ConnectionString, ct);

    /// <summary>A connection for reads, which may lag the primary by a moment on a replica.</summary>
    public Task<DbConnection> OpenReadAsync(CancellationToken ct) => OpenAsync(ReadConnectionString, ct);

    private async Task<DbConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(connectionString)
            : new SqlConnection(connectionString) { RetryLogicProvider = OpenRetry };
        try
        {
            await connection.OpenAsync(ct);
            if (connection is SqliteConnection sqlite)
            {
                SizePageCache(sqlite);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Gives a newly opened SQLite connection its page cache. SQLite's own 2 MB hold 500 pages of 4 kB, and at national
    /// scale a page of 1,000 figures of one indicator and year lies on about as many table pages: in that cache each
    /// such read would fetch them all from the operating system again, a system call per page. The cache fills only as
    /// pages are read, and the pool holds about one connection per thread reading at the same moment.
    /// </summary>
    private void SizePageCache(SqliteConnection connection)
    {
        if (connection.Handle is not { } handle || (CacheSizes.TryGetValue(handle, out var size) && size == sqliteCacheSize))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = sqliteCacheSize;
        command.ExecuteNonQuery();
        CacheSizes.AddOrUpdate(handle, sqliteCacheSize);
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

            var read = configuration.GetConnectionString("SocialBalanceRead");
            return new DbConnectionFactory(
                DatabaseProvider.SqlServer,
                WithConnectTimeout(configured, options),
                string.IsNullOrWhiteSpace(read) ? null : WithConnectTimeout(read, options));
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
        return new DbConnectionFactory(DatabaseProvider.Sqlite, sqlite.ConnectionString, sqliteCacheMegabytes: options.CheckedSqliteCacheMegabytes());
    }

    private static string WithConnectTimeout(string connectionString, DatabaseOptions options)
    {
        var builder = new SqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Connect Timeout", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("Connection Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectTimeout = options.ConnectTimeoutSeconds;
        }

        return builder.ConnectionString;
    }
}
