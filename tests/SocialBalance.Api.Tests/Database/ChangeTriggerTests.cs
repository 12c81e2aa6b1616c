using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// The answer cache is only as fresh as the change counters are complete: every table a public read shows must
/// raise a counter on insert, update and delete, on both databases, and a new table must be placed on one side of
/// the line on purpose.
/// </summary>
public sealed class ChangeTriggerTests(MigratedSqliteFile database) : IClassFixture<MigratedSqliteFile>
{
    // Read only behind a key (imports, keys), or the service's own bookkeeping: never part of a kept answer.
    private static readonly string[] Unwatched = ["api_key", "idempotency_record", "observation_import", "data_change"];

    private static readonly string[] CatalogueTables = ["effect_goal", "theme", "area_kind", "area", "indicator"];

    [Fact]
    public void Every_public_table_raises_its_counter_on_every_kind_of_change_in_SQLite()
    {
        using var connection = database.Open();
        var triggers = connection.Query<(string Table, string Sql)>("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'").ToList();

        foreach (var table in PublicTables())
        {
            var counter = CatalogueTables.Contains(table) ? "catalogue_version" : "data_version";
            foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
            {
                Assert.True(
                    triggers.Any(t => t.Table == table && t.Sql.Contains($"AFTER {change} ON {table} ", StringComparison.Ordinal)
                        && t.Sql.Contains($"SET {counter} = {counter} + 1", StringComparison.Ordinal)),
                    $"{table}: no trigger raises {counter} after {change}.");
            }
        }
    }

    [Fact]
    public void Every_public_table_raises_its_counter_on_every_kind_of_change_in_SQL_Server()
    {
        var triggers = MigrationScripts.Read(DatabaseProvider.SqlServer)
            .SelectMany(script => TSqlParsing.Parse(script.Text, out _).Batches.SelectMany(b => b.Statements))
            .OfType<CreateTriggerStatement>()
            .ToList();

        foreach (var table in PublicTables())
        {
            var counter = CatalogueTables.Contains(table) ? "catalogue_version" : "data_version";
            var trigger = triggers.SingleOrDefault(t => t.TriggerObject.Name.BaseIdentifier.Value == table);
            Assert.True(trigger is not null, $"{table}: no trigger.");
            Assert.Equal(TriggerType.After, trigger.TriggerType);
            Assert.Equal(
                new[] { TriggerActionType.Insert, TriggerActionType.Update, TriggerActionType.Delete }.Order(),
                trigger.TriggerActions.Select(a => a.TriggerActionType).Order());
            var update = new UpdateCollector();
            trigger.Accept(update);
            Assert.True(update.Raised.Contains(("data_change", counter)), $"{table}: its trigger does not raise {counter}.");
        }
    }

    [Fact]
    public void A_change_raises_the_counter_in_its_own_transaction_and_a_rollback_takes_it_back()
    {
        using var connection = database.Open();
        var before = connection.QuerySingle<(long Catalogue, long Data)>("SELECT catalogue_version, data_version FROM data_change");

        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("UPDATE organisation SET name_en = name_en || ' ' WHERE code = 'gab'", transaction: transaction);
            Assert.Equal(before.Data + 1, connection.ExecuteScalar<long>("SELECT data_version FROM data_change", transaction: transaction));
            transaction.Rollback();
        }

        Assert.Equal(before, connection.QuerySingle<(long, long)>("SELECT catalogue_version, data_version FROM data_change"));
        connection.Execute("UPDATE area SET sort_order = sort_order WHERE code = 'gladsaxe'");
        Assert.Equal((before.Catalogue + 1, before.Data), connection.QuerySingle<(long, long)>("SELECT catalogue_version, data_version FROM data_change"));
    }

    [Fact]
    public void No_statement_sent_to_SQL_Server_returns_rows_with_OUTPUT_without_INTO()
    {
        // SQL Server refuses OUTPUT without INTO on a table that has triggers, and which tables have them changes.
        var offenders = SqlStatementSources.All
            .SelectMany(source => SqlStatementSources.Statements(source, new SqlServerDialect()).Select(sql => (source, sql)))
            .Where(s => HasBareOutput(TSqlParsing.Parse(s.sql, out _)))
            .Select(s => $"{s.source.Name}: {s.sql}")
            .ToList();

        Assert.Empty(offenders);
        Assert.True(HasBareOutput(TSqlParsing.Parse("INSERT INTO area (code) OUTPUT INSERTED.code VALUES ('x')", out _)), "the check finds none at all");
    }

    private static bool HasBareOutput(TSqlScript script)
    {
        var finder = new OutputFinder();
        script.Accept(finder);
        return finder.Found;
    }

    private sealed class OutputFinder : TSqlFragmentVisitor
    {
        public bool Found { get; private set; }

        public override void Visit(OutputClause node) => Found = true;
    }

    private IReadOnlyList<string> PublicTables()
    {
        using var connection = database.Open();
        var tables = connection.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name <> @Journal",
            new { Journal = SqliteSchemaReader.JournalTable }).ToList();
        Assert.Contains("observation", tables);
        return tables.Except(Unwatched).ToList();
    }

    private sealed class UpdateCollector : TSqlFragmentVisitor
    {
        public HashSet<(string Table, string Column)> Raised { get; } = [];

        public override void Visit(UpdateSpecification node)
        {
            if (node.Target is NamedTableReference { SchemaObject.BaseIdentifier.Value: var table })
            {
                foreach (var set in node.SetClauses.OfType<AssignmentSetClause>())
                {
                    Raised.Add((table, set.Column.MultiPartIdentifier.Identifiers[^1].Value));
                }
            }
        }
    }
}
