namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// A schema reduced to what both engines must agree on: tables, columns, keys, uniqueness, indexes, references.
/// Names are lower case, so the two readers' results compare directly.
/// </summary>
internal sealed record DatabaseSchema(string Engine, IReadOnlyList<TableSchema> Tables);

internal sealed record TableSchema(
    string Name,
    IReadOnlyList<ColumnSchema> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<UniqueConstraintSchema> UniqueConstraints,
    IReadOnlyList<IndexSchema> Indexes,
    IReadOnlyList<ForeignKeySchema> ForeignKeys);

/// <param name="DeclaredType">The type as written, for messages only.</param>
/// <param name="Affinity">What the type stores as in SQLite terms, which is what the two sides can share.</param>
/// <param name="IsGenerated">Numbered by the database: IDENTITY, or SQLite's INTEGER PRIMARY KEY.</param>
internal sealed record ColumnSchema(string Name, string DeclaredType, ColumnAffinity Affinity, bool IsNullable, bool IsGenerated);

/// <summary>SQLite's type affinities (sqlite.org/datatype3.html); SQL Server types map onto them.</summary>
internal enum ColumnAffinity
{
    Integer,
    Real,
    Text,
    Numeric,
    Blob,
}

internal sealed record UniqueConstraintSchema(IReadOnlyList<string> Columns)
{
    public override string ToString() => "unique constraint " + SchemaText.List(Columns);
}

/// <summary>An index made by CREATE INDEX, not one that backs a key or a UNIQUE constraint.</summary>
internal sealed record IndexSchema(IReadOnlyList<string> Columns, bool IsUnique)
{
    public override string ToString() => (IsUnique ? "unique index " : "index ") + SchemaText.List(Columns);
}

internal sealed record ForeignKeySchema(IReadOnlyList<string> Columns, string ReferencedTable, IReadOnlyList<string> ReferencedColumns)
{
    public override string ToString() =>
        $"foreign key {SchemaText.List(Columns)} → {ReferencedTable} {SchemaText.List(ReferencedColumns)}";
}

internal static class SchemaText
{
    public static string List(IEnumerable<string> columns) => "(" + string.Join(", ", columns) + ")";

    public static string Name(string name) => name.ToLowerInvariant();
}
