using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// A SQLite file in the temp folder, migrated by the app's own runner; one per test class (class fixture),
/// deleted when the class is done.
/// </summary>
public sealed class MigratedSqliteFile : IDisposable
{
    public MigratedSqliteFile()
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"socialbalance-tests-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // No pool, so no handle outlives the test class and the file can be deleted.
            Pooling = false,
        }.ToString();
        MigrationRunner.Migrate(new DbConnectionFactory(DatabaseProvider.Sqlite, ConnectionString), NullLogger.Instance);
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(FilePath);
        File.Delete(FilePath + "-journal");
    }
}
