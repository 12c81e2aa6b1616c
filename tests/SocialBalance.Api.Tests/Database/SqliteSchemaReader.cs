using Microsoft.Data.Sqlite;

namespace SocialBalance.Api.Tests.Database;

/// <summary>Reads the schema a SQLite database really has, from its catalogue and pragmas.</summary>
internal static class SqliteSchemaReader
{
    public const string Engine = "SQLite";

    /// <summary>DbUp's journal: the runner's table, not the application's.</summary>
    public const string JournalTable = "SchemaVersions";

    public static DatabaseSchema Read(SqliteConnection connection)
    {
        var names = Rows(connection, """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name <> @name
            ORDER BY name
            """, JournalTable, r => r.GetString(0));
        var tables = names.Select(name => ReadTable(connection, name)).ToList();
        return new DatabaseSchema(Engine, tables);
    }

    private static TableSchema ReadTable(SqliteConnection connection, string table)
    {
        var columns = Rows(connection, """SELECT name, type, "notnull", pk FROM pragma_table_info(@name) ORDER BY cid""", table,
            r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, PkPosition: r.GetInt64(3)));
        var primaryKey = columns.Where(c => c.PkPosition > 0).OrderBy(c => c.PkPosition).Select(c => SchemaText.Name(c.Name)).ToList();

        // INTEGER PRIMARY KEY aliases the rowid: never NULL and numbered by SQLite, whatever "notnull" says.
        var withoutRowid = Rows(connection, "SELECT wr FROM pragma_table_list(@name) WHERE schema = 'main'", table, r => r.GetInt64(0) == 1).Single();
        var rowidAlias = !withoutRowid && primaryKey.Count == 1
            ? columns.SingleOrDefault(c => c.PkPosition == 1 && c.Type.Equals("INTEGER", StringComparison.OrdinalIgnoreCase)).Name
            : null;

        var columnSchemas = columns.Select(c =>
        {
            var isRowid = c.Name == rowidAlias;
            return new ColumnSchema(SchemaText.Name(c.Name), c.Type, Affinity(c.Type), IsNullable: !c.NotNull && !isRowid, IsGenerated: isRowid);
        }).ToList();

        var uniqueConstraints = new List<UniqueConstraintSchema>();
        var indexes = new List<IndexSchema>();
        var indexList = Rows(connection, """SELECT name, "unique", origin FROM pragma_index_list(@name) ORDER BY name""", table,
            r => (Name: r.GetString(0), Unique: r.GetInt64(1) == 1, Origin: r.GetString(2)));
        foreach (var index in indexList)
        {
            var indexColumns = Rows(connection, "SELECT name FROM pragma_index_info(@name) ORDER BY seqno", index.Name,
                r => SchemaText.Name(r.GetString(0)));

            // origin: "u" = UNIQUE constraint, "c" = CREATE INDEX, "pk" = the primary key's own index.
            if (index.Origin == "u")
            {
                uniqueConstraints.Add(new UniqueConstraintSchema(indexColumns));
            }
            else if (index.Origin == "c")
            {
                indexes.Add(new IndexSchema(indexColumns, index.Unique));
            }
        }

        var foreignKeys = Rows(connection, """SELECT id, "table", "from", "to" FROM pragma_foreign_key_list(@name) ORDER BY id, seq""", table,
                r => (Id: r.GetInt64(0), Table: r.GetString(1), From: r.GetString(2), To: r.IsDBNull(3) ? null : r.GetString(3)))
            .GroupBy(k => k.Id)
            .Select(k => ForeignKey(connection, k.ToList()))
            .ToList();

        return new TableSchema(SchemaText.Name(table), columnSchemas, primaryKey, uniqueConstraints, indexes, foreignKeys);
    }

    private static ForeignKeySchema ForeignKey(SqliteConnection connection, List<(long Id, string Table, string From, string? To)> parts)
    {
        var referenced = parts[0].Table;

        // "REFERENCES t" without columns means t's primary key.
        var to = parts.All(p => p.To is not null)
            ? parts.Select(p => p.To!).ToList()
            : Rows(connection, "SELECT name FROM pragma_table_info(@name) WHERE pk > 0 ORDER BY pk", referenced, r => r.GetString(0));
        return new ForeignKeySchema(
            parts.Select(p => SchemaText.Name(p.From)).ToList(),
            SchemaText.Name(referenced),
            to.Select(SchemaText.Name).ToList());
    }

    /// <summary>The affinity rules of sqlite.org/datatype3.html §3.1, in their order.</summary>
    public static ColumnAffinity Affinity(string declaredType)
    {
        var type = declaredType.ToUpperInvariant();
        if (type.Contains("INT", StringComparison.Ordinal))
        {
            return ColumnAffinity.Integer;
        }

        if (type.Contains("CHAR", StringComparison.Ordinal) || type.Contains("CLOB", StringComparison.Ordinal) || type.Contains("TEXT", StringComparison.Ordinal))
        {
            return ColumnAffinity.Text;
        }

        if (type.Length == 0 || type.Contains("BLOB", StringComparison.Ordinal))
        {
            return ColumnAffinity.Blob;
        }

        return type.Contains("REAL", StringComparison.Ordinal) || type.Contains("FLOA", StringComparison.Ordinal) || type.Contains("DOUB", StringComparison.Ordinal)
            ? ColumnAffinity.Real
            : ColumnAffinity.Numeric;
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, string name, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@name", name);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
