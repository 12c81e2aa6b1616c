using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// Builds the schema that T-SQL scripts leave behind, from Microsoft's parse tree, without a SQL Server:
/// CREATE/ALTER/DROP TABLE and CREATE/DROP INDEX are replayed in order.
/// </summary>
internal static class TSqlSchemaReader
{
    public const string Engine = "SQL Server";

    public static DatabaseSchema Read(IEnumerable<SqlScript> scripts)
    {
        var schema = new TSqlSchemaBuilder();
        foreach (var script in scripts)
        {
            var parsed = TSqlParsing.Parse(script.Text, out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(TSqlParsing.Describe(script.FileName, errors));
            }

            parsed.Accept(new Replay(schema));
        }

        return schema.Build(Engine);
    }

    private sealed class Replay(TSqlSchemaBuilder schema) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node) => schema.CreateTable(Name(node.SchemaObjectName), node.Definition);

        public override void Visit(AlterTableAddTableElementStatement node) => schema.AddElements(Name(node.SchemaObjectName), node.Definition);

        public override void Visit(AlterTableAlterColumnStatement node)
        {
            // ALTER COLUMN without NULL / NOT NULL makes the column nullable again (ANSI_NULL_DFLT_ON).
            bool? nullable = node.AlterTableAlterColumnOption switch
            {
                AlterTableAlterColumnOption.NotNull => false,
                AlterTableAlterColumnOption.Null => true,
                AlterTableAlterColumnOption.NoOptionDefined when node.DataType is not null => true,
                _ => null,
            };
            schema.AlterColumn(Name(node.SchemaObjectName), Name(node.ColumnIdentifier), node.DataType, nullable);
        }

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            foreach (var element in node.AlterTableDropTableElements)
            {
                schema.Drop(Name(node.SchemaObjectName), element.TableElementType, Name(element.Name));
            }
        }

        public override void Visit(CreateIndexStatement node) =>
            schema.AddIndex(Name(node.OnName), Name(node.Name), node.Columns.Select(ColumnName).ToList(), node.Unique);

        public override void Visit(DropIndexStatement node)
        {
            foreach (var clause in node.DropIndexClauses.OfType<DropIndexClause>())
            {
                schema.Drop(Name(clause.Object), TableElementType.Index, Name(clause.Index));
            }
        }

        public override void Visit(DropTableStatement node)
        {
            foreach (var table in node.Objects)
            {
                schema.DropTable(Name(table));
            }
        }

        public override void Visit(ExecuteStatement node)
        {
            var procedure = (node.ExecuteSpecification?.ExecutableEntity as ExecutableProcedureReference)
                ?.ProcedureReference?.ProcedureReference?.Name?.BaseIdentifier?.Value;
            if (string.Equals(procedure, "sp_rename", StringComparison.OrdinalIgnoreCase))
            {
                // A rename would silently leave this model behind; teach the reader first.
                throw new NotSupportedException("sp_rename is not replayed by TSqlSchemaReader.");
            }
        }
    }

    public static string Name(SchemaObjectName name) => SchemaText.Name(name.BaseIdentifier.Value);

    public static string Name(Identifier name) => SchemaText.Name(name.Value);

    public static string ColumnName(ColumnWithSortOrder column) => Name(column.Column.MultiPartIdentifier.Identifiers[^1]);
}
