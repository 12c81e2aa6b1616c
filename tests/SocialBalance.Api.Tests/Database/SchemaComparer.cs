namespace SocialBalance.Api.Tests.Database;

/// <summary>Lists every difference between two schemas, one readable line each ("table.column: …").</summary>
internal static class SchemaComparer
{
    public static IReadOnlyList<string> Differences(DatabaseSchema left, DatabaseSchema right)
    {
        var differences = new List<string>();
        var leftTables = left.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var rightTables = right.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var name in leftTables.Keys.Union(rightTables.Keys).Order(StringComparer.Ordinal))
        {
            if (!rightTables.TryGetValue(name, out var rightTable))
            {
                differences.Add($"{name}: table only in {left.Engine}");
            }
            else if (!leftTables.TryGetValue(name, out var leftTable))
            {
                differences.Add($"{name}: table only in {right.Engine}");
            }
            else
            {
                CompareTable(leftTable, rightTable, left.Engine, right.Engine, differences);
            }
        }

        return differences;
    }

    private static void CompareTable(TableSchema left, TableSchema right, string leftEngine, string rightEngine, List<string> differences)
    {
        var rightColumns = right.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var column in left.Columns)
        {
            var where = $"{left.Name}.{column.Name}";
            if (!rightColumns.TryGetValue(column.Name, out var other))
            {
                differences.Add($"{where}: column only in {leftEngine}");
                continue;
            }

            if (column.IsNullable != other.IsNullable)
            {
                differences.Add($"{where}: {Nullability(column)} in {leftEngine}, {Nullability(other)} in {rightEngine}");
            }

            if (column.Affinity != other.Affinity)
            {
                differences.Add($"{where}: {column.DeclaredType} ({column.Affinity}) in {leftEngine}, {other.DeclaredType} ({other.Affinity}) in {rightEngine}");
            }

            if (column.IsGenerated != other.IsGenerated)
            {
                differences.Add($"{where}: {Generation(column)} in {leftEngine}, {Generation(other)} in {rightEngine}");
            }
        }

        var leftNames = left.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(right.Columns.Where(c => !leftNames.Contains(c.Name))
            .Select(c => $"{left.Name}.{c.Name}: column only in {rightEngine}"));

        if (!left.PrimaryKey.SequenceEqual(right.PrimaryKey, StringComparer.Ordinal))
        {
            differences.Add($"{left.Name}: primary key {SchemaText.List(left.PrimaryKey)} in {leftEngine}, {SchemaText.List(right.PrimaryKey)} in {rightEngine}");
        }

        CompareSets(left.Name, left.UniqueConstraints, right.UniqueConstraints, leftEngine, rightEngine, differences);
        CompareSets(left.Name, left.Indexes, right.Indexes, leftEngine, rightEngine, differences);
        CompareSets(left.Name, left.ForeignKeys, right.ForeignKeys, leftEngine, rightEngine, differences);
    }

    /// <summary>Constraints and indexes are compared by what they cover (their text), never by name.</summary>
    private static void CompareSets<T>(string table, IEnumerable<T> left, IEnumerable<T> right, string leftEngine, string rightEngine, List<string> differences)
        where T : notnull
    {
        var leftTexts = left.Select(item => item.ToString()!).ToList();
        var rightTexts = right.Select(item => item.ToString()!).ToList();
        differences.AddRange(leftTexts.Except(rightTexts, StringComparer.Ordinal).Select(text => $"{table}: {text} only in {leftEngine}"));
        differences.AddRange(rightTexts.Except(leftTexts, StringComparer.Ordinal).Select(text => $"{table}: {text} only in {rightEngine}"));
    }

    private static string Nullability(ColumnSchema column) => column.IsNullable ? "nullable" : "NOT NULL";

    private static string Generation(ColumnSchema column) => column.IsGenerated ? "numbered by the database" : "not numbered by the database";
}
