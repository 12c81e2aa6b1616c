using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace SocialBalance.Api.Tests.Database;

/// <summary>The mutable schema behind <see cref="TSqlSchemaReader"/>: tables as the statements so far leave them.</summary>
internal sealed class TSqlSchemaBuilder
{
    private readonly Dictionary<string, Table> tables = new(StringComparer.Ordinal);

    public void CreateTable(string name, TableDefinition definition)
    {
        tables.Add(name, new Table(name));
        AddElements(name, definition);
    }

    public void AddElements(string tableName, TableDefinition definition)
    {
        var table = tables[tableName];
        foreach (var definitionColumn in definition.ColumnDefinitions)
        {
            var column = new Column(TSqlSchemaReader.Name(definitionColumn.ColumnIdentifier), definitionColumn.DataType, definitionColumn.IdentityOptions is not null);
            table.Columns.Add(column);
            foreach (var constraint in definitionColumn.Constraints)
            {
                if (constraint is NullableConstraintDefinition nullable)
                {
                    column.Nullable = nullable.Nullable;
                }
                else
                {
                    AddConstraint(table, constraint, column.Name);
                }
            }

            if (definitionColumn.Index is { } index)
            {
                table.Indexes.Add(new Index(TSqlSchemaReader.Name(index.Name), [column.Name], index.Unique));
            }
        }

        foreach (var constraint in definition.TableConstraints)
        {
            AddConstraint(table, constraint, inlineColumn: null);
        }

        foreach (var index in definition.Indexes)
        {
            table.Indexes.Add(new Index(TSqlSchemaReader.Name(index.Name), index.Columns.Select(TSqlSchemaReader.ColumnName).ToList(), index.Unique));
        }

        // A column without NULL / NOT NULL is nullable, unless its primary key or IDENTITY makes it NOT NULL;
        // a table-level key comes after the columns, so this waits for the whole statement.
        var keyColumns = table.Constraints.Where(c => c.Kind == ConstraintKind.PrimaryKey).SelectMany(c => c.Columns).ToHashSet();
        foreach (var column in table.Columns.Where(c => c.Nullable is null))
        {
            column.Nullable = !(column.IsGenerated || keyColumns.Contains(column.Name));
        }
    }

    public void AlterColumn(string tableName, string columnName, DataTypeReference? type, bool? nullable)
    {
        var column = tables[tableName].Columns.Single(c => c.Name == columnName);
        column.Type = type ?? column.Type;
        column.Nullable = nullable ?? column.Nullable;
    }

    public void AddIndex(string tableName, string name, IReadOnlyList<string> columns, bool unique) =>
        tables[tableName].Indexes.Add(new Index(name, columns, unique));

    public void Drop(string tableName, TableElementType type, string name)
    {
        var table = tables[tableName];
        var removed = type switch
        {
            TableElementType.Column => table.Columns.RemoveAll(c => c.Name == name),
            TableElementType.Index => table.Indexes.RemoveAll(i => i.Name == name),
            _ => table.Constraints.RemoveAll(c => c.Name == name),
        };
        if (removed == 0)
        {
            throw new InvalidOperationException($"{tableName}: nothing named {name} to drop.");
        }
    }

    public void DropTable(string name) => tables.Remove(name);

    public DatabaseSchema Build(string engine) => new(engine, tables.Values.OrderBy(t => t.Name, StringComparer.Ordinal).Select(Build).ToList());

    private TableSchema Build(Table table)
    {
        var keys = table.Constraints;
        return new TableSchema(
            table.Name,
            table.Columns.Select(c => new ColumnSchema(c.Name, TypeText(c.Type), Affinity(c.Type), c.Nullable!.Value, c.IsGenerated)).ToList(),
            keys.Where(k => k.Kind == ConstraintKind.PrimaryKey).SelectMany(k => k.Columns).ToList(),
            keys.Where(k => k.Kind == ConstraintKind.Unique).Select(k => new UniqueConstraintSchema(k.Columns)).ToList(),
            table.Indexes.Select(i => new IndexSchema(i.Columns, i.IsUnique)).ToList(),
            keys.Where(k => k.Kind == ConstraintKind.ForeignKey)
                .Select(k => new ForeignKeySchema(k.Columns, k.ReferencedTable!, k.ReferencedColumns is [] ? PrimaryKeyOf(k.ReferencedTable!) : k.ReferencedColumns!))
                .ToList());
    }

    /// <summary>"REFERENCES t" without columns means t's primary key.</summary>
    private List<string> PrimaryKeyOf(string table) =>
        tables[table].Constraints.Where(k => k.Kind == ConstraintKind.PrimaryKey).SelectMany(k => k.Columns).ToList();

    private static void AddConstraint(Table table, ConstraintDefinition constraint, string? inlineColumn)
    {
        var name = constraint.ConstraintIdentifier is { } id ? TSqlSchemaReader.Name(id) : null;
        switch (constraint)
        {
            case UniqueConstraintDefinition unique:
                table.Constraints.Add(new Constraint(
                    name,
                    unique.IsPrimaryKey ? ConstraintKind.PrimaryKey : ConstraintKind.Unique,
                    inlineColumn is null ? unique.Columns.Select(TSqlSchemaReader.ColumnName).ToList() : [inlineColumn]));
                break;
            case ForeignKeyConstraintDefinition foreignKey:
                table.Constraints.Add(new Constraint(
                    name,
                    ConstraintKind.ForeignKey,
                    inlineColumn is null ? foreignKey.Columns.Select(TSqlSchemaReader.Name).ToList() : [inlineColumn],
                    TSqlSchemaReader.Name(foreignKey.ReferenceTableName),
                    foreignKey.ReferencedTableColumns.Select(TSqlSchemaReader.Name).ToList()));
                break;

                // CHECK and DEFAULT constraints are not compared.
        }
    }

    private static string TypeText(DataTypeReference? type) => type switch
    {
        null => "(computed)",
        ParameterizedDataTypeReference { Parameters.Count: > 0 } sized =>
            $"{TypeName(type)}({string.Join(", ", sized.Parameters.Select(p => p.Value))})",
        _ => TypeName(type),
    };

    private static string TypeName(DataTypeReference type) => type.Name.BaseIdentifier.Value.ToLowerInvariant();

    /// <summary>
    /// What each SQL Server type is stored as on SQLite under this project's conventions: dates and times are
    /// ISO-8601 text there (DateTimeOffsetHandler), so they share the text affinity.
    /// </summary>
    private static ColumnAffinity Affinity(DataTypeReference? type) => type is null
        ? throw new NotSupportedException("Computed columns are not compared yet.")
        : TypeName(type) switch
        {
            "bit" or "tinyint" or "smallint" or "int" or "bigint" => ColumnAffinity.Integer,
            "float" or "real" => ColumnAffinity.Real,
            "decimal" or "numeric" or "money" or "smallmoney" => ColumnAffinity.Numeric,
            "char" or "varchar" or "nchar" or "nvarchar" or "text" or "ntext" or "sysname" => ColumnAffinity.Text,
            "date" or "time" or "datetime" or "datetime2" or "smalldatetime" or "datetimeoffset" or "uniqueidentifier" => ColumnAffinity.Text,
            "binary" or "varbinary" or "image" or "rowversion" or "timestamp" => ColumnAffinity.Blob,
            var other => throw new NotSupportedException($"No SQLite affinity is mapped for the SQL Server type {other}."),
        };

    private enum ConstraintKind
    {
        PrimaryKey,
        Unique,
        ForeignKey,
    }

    private sealed record Constraint(
        string? Name,
        ConstraintKind Kind,
        IReadOnlyList<string> Columns,
        string? ReferencedTable = null,
        IReadOnlyList<string>? ReferencedColumns = null);

    private sealed record Index(string Name, IReadOnlyList<string> Columns, bool IsUnique);

    private sealed class Column(string name, DataTypeReference? type, bool isGenerated)
    {
        public string Name { get; } = name;

        public DataTypeReference? Type { get; set; } = type;

        public bool IsGenerated { get; } = isGenerated;

        /// <summary>Null while the statement has not said; resolved when the statement is complete.</summary>
        public bool? Nullable { get; set; }
    }

    private sealed class Table(string name)
    {
        public string Name { get; } = name;

        public List<Column> Columns { get; } = [];

        public List<Constraint> Constraints { get; } = [];

        public List<Index> Indexes { get; } = [];
    }
}
