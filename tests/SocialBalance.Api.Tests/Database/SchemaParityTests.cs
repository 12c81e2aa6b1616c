using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// db/sqlite and db/sqlserver must build the same schema: the SQLite side as the migrations really leave a
/// database, the SQL Server side as Microsoft's parser reads the T-SQL scripts.
/// </summary>
public sealed class SchemaParityTests(MigratedSqliteFile database) : IClassFixture<MigratedSqliteFile>
{
    [Fact]
    public void Both_migration_folders_build_the_same_schema()
    {
        var sqlite = ReadSqlite();
        var sqlServer = TSqlSchemaReader.Read(MigrationScripts.Read(DatabaseProvider.SqlServer));

        var differences = SchemaComparer.Differences(sqlite, sqlServer);

        if (differences.Count > 0)
        {
            Assert.Fail($"db/sqlite and db/sqlserver differ in {differences.Count} place(s):\n" + string.Join("\n", differences));
        }
    }

    [Fact]
    public void The_comparison_covers_real_tables_on_both_sides()
    {
        // Two empty schemas would also be "the same".
        var sqlite = ReadSqlite();
        var sqlServer = TSqlSchemaReader.Read(MigrationScripts.Read(DatabaseProvider.SqlServer));

        Assert.Contains(sqlite.Tables, t => t is { Name: "observation", UniqueConstraints.Count: 1, ForeignKeys.Count: 6 });
        Assert.Contains(sqlServer.Tables, t => t is { Name: "observation", UniqueConstraints.Count: 1, ForeignKeys.Count: 6 });
        Assert.DoesNotContain(sqlite.Tables, t => t.Name.Equals(SqliteSchemaReader.JournalTable, StringComparison.OrdinalIgnoreCase));
    }

    private DatabaseSchema ReadSqlite()
    {
        using var connection = database.Open();
        return SqliteSchemaReader.Read(connection);
    }
}
