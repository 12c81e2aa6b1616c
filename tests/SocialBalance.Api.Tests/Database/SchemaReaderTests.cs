using Microsoft.Data.Sqlite;

namespace SocialBalance.Api.Tests.Database;

/// <summary>Both readers on one small schema that uses the implicit rules: default nullability, keys, references.</summary>
public sealed class SchemaReaderTests
{
    private const string TSql = """
        CREATE TABLE parent (code varchar(8) CONSTRAINT pk_parent PRIMARY KEY);
        CREATE TABLE child (
            id         bigint IDENTITY(1, 1) PRIMARY KEY,
            parent     varchar(8) NULL REFERENCES parent,
            name       nvarchar(20) NOT NULL,
            note       nvarchar(20),
            amount     decimal(9, 2) NOT NULL,
            happened   datetimeoffset NOT NULL,
            CONSTRAINT uq_child UNIQUE (parent, name)
        );
        CREATE INDEX ix_child_name ON child (name);
        GO
        """;

    private const string Sqlite = """
        CREATE TABLE parent (code TEXT NOT NULL PRIMARY KEY);
        CREATE TABLE child (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            parent     TEXT NULL REFERENCES parent,
            name       TEXT NOT NULL,
            note       TEXT,
            amount     NUMERIC NOT NULL,
            happened   TEXT NOT NULL,
            CONSTRAINT uq_child UNIQUE (parent, name)
        );
        CREATE INDEX ix_child_name ON child (name);
        """;

    [Fact]
    public void TSql_reader_applies_SQL_Servers_implicit_rules()
    {
        var child = TSqlSchemaReader.Read([new SqlScript("snippet.sql", TSql)]).Tables.Single(t => t.Name == "child");

        Assert.Equal(["id"], child.PrimaryKey);
        Assert.Equal(
            [("id", false, true), ("parent", true, false), ("name", false, false), ("note", true, false), ("amount", false, false), ("happened", false, false)],
            child.Columns.Select(c => (c.Name, c.IsNullable, c.IsGenerated)));
        Assert.Equal(
            [ColumnAffinity.Integer, ColumnAffinity.Text, ColumnAffinity.Text, ColumnAffinity.Text, ColumnAffinity.Numeric, ColumnAffinity.Text],
            child.Columns.Select(c => c.Affinity));
        Assert.Equal("unique constraint (parent, name)", Assert.Single(child.UniqueConstraints).ToString());
        Assert.Equal("index (name)", Assert.Single(child.Indexes).ToString());
        Assert.Equal("foreign key (parent) → parent (code)", Assert.Single(child.ForeignKeys).ToString());
    }

    [Fact]
    public void The_same_schema_written_for_each_engine_reads_the_same()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Sqlite;
            command.ExecuteNonQuery();
        }

        var differences = SchemaComparer.Differences(SqliteSchemaReader.Read(connection), TSqlSchemaReader.Read([new SqlScript("snippet.sql", TSql)]));

        Assert.Empty(differences);
    }

    [Fact]
    public void SQLite_primary_key_without_NOT_NULL_is_nullable()
    {
        // SQLite's legacy rule: a non-INTEGER primary key column accepts NULL unless it says NOT NULL.
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TABLE t (code TEXT PRIMARY KEY)";
            command.ExecuteNonQuery();
        }

        var column = SqliteSchemaReader.Read(connection).Tables.Single().Columns.Single();

        Assert.True(column.IsNullable);
    }
}
