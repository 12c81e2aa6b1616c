using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// Every statement the API can send: parsed as T-SQL in its SQL Server form, and compiled by SQLite against
/// the migrated schema in its SQLite form. The SQL Server form differs only in dialect fragments (paging),
/// and the schema parity test holds the two schemas equal, so SQLite's name checks cover both.
/// </summary>
public sealed class SqlStatementSourceTests(MigratedSqliteFile database) : IClassFixture<MigratedSqliteFile>
{
    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var type in SqlStatementSources.All)
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_Queries_class_lists_its_statements()
    {
        var queries = SqlStatementSources.ApiAssembly.GetTypes()
            .Where(type => type.Name.EndsWith("Queries", StringComparison.Ordinal) && !type.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .ToList();

        Assert.NotEmpty(queries);
        Assert.All(queries, type => Assert.True(
            typeof(ISqlStatementSource).IsAssignableFrom(type), $"{type.FullName} sends SQL but does not implement ISqlStatementSource."));
    }

    [Fact]
    public void Every_class_given_a_connection_factory_lists_its_statements()
    {
        // Whatever takes a DbConnectionFactory in its constructor can send SQL (the health check, for one),
        // except WriteTransactions, which only begins and commits the transactions others write in.
        var users = SqlStatementSources.ApiAssembly.GetTypes()
            .Where(type => type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(DbConnectionFactory))))
            .Where(type => type != typeof(WriteTransactions))
            .ToList();

        Assert.NotEmpty(users);
        Assert.All(users, type => Assert.True(
            typeof(ISqlStatementSource).IsAssignableFrom(type), $"{type.FullName} opens connections but does not implement ISqlStatementSource."));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Source_lists_at_least_one_statement_per_dialect(string source)
    {
        var type = SqlStatementSources.Named(source);

        Assert.NotEmpty(SqlStatementSources.Statements(type, new SqliteDialect()));
        // Settings of the SQLite file itself: SQL Server keeps its statistics and journal without the service.
        if (type != typeof(PlannerStatisticsQueries) && type != typeof(JournalModeQueries))
        {
            Assert.NotEmpty(SqlStatementSources.Statements(type, new SqlServerDialect()));
        }
    }

    [Fact]
    public void Nothing_maintains_SQL_Server_statistics_from_the_service()
    {
        // SQL Server updates its statistics itself, and sp_updatestats would need db_owner.
        Assert.Empty(SqlStatementSources.Statements(typeof(PlannerStatisticsQueries), new SqlServerDialect()));
    }

    /// <summary>The one sanctioned three-statement form: SqlServerDialect.InsertReturningId (a table variable, the insert, the id).</summary>
    private static bool IsInsertReturningId(Microsoft.SqlServer.TransactSql.ScriptDom.TSqlScript script) =>
        script.Batches.SelectMany(b => b.Statements).Select(s => s.GetType().Name).SequenceEqual(
            ["DeclareTableVariableStatement", "InsertStatement", "SelectStatement"]);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_statement_parses_as_one_TSql_statement(string source)
    {
        var failures = new List<string>();
        var statements = SqlStatementSources.Statements(SqlStatementSources.Named(source), new SqlServerDialect());
        for (var i = 0; i < statements.Count; i++)
        {
            var sql = TSqlParsing.ExpandListParameters(statements[i]);
            var parsed = TSqlParsing.Parse(sql, out var errors);
            if (errors.Count > 0)
            {
                failures.Add(TSqlParsing.Describe($"statement {i}", errors) + "\n" + sql);
            }
            else if (TSqlParsing.StatementCount(parsed) != 1 && !IsInsertReturningId(parsed))
            {
                failures.Add($"statement {i} holds {TSqlParsing.StatementCount(parsed)} statements:\n{sql}");
            }
        }

        if (failures.Count > 0)
        {
            Assert.Fail($"{source}:\n" + string.Join("\n\n", failures));
        }
    }

    /// <summary>
    /// SQL Server sorts by the database's collation, which need not be byte order (a Danish one puts <c>aa</c> after
    /// <c>z</c>); SQLite sorts text byte by byte. Every sort on a code says so, so lists come in one order on both.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_sort_on_a_code_is_byte_by_byte_on_SQL_Server(string source)
    {
        var unsorted = new List<string>();
        var statements = SqlStatementSources.Statements(SqlStatementSources.Named(source), new SqlServerDialect());
        foreach (var sql in statements)
        {
            var visitor = new CodeSortVisitor();
            TSqlParsing.Parse(TSqlParsing.ExpandListParameters(sql), out _).Accept(visitor);
            unsorted.AddRange(visitor.WithoutBinaryCollation.Select(column => $"{column} in:\n{sql}"));
        }

        Assert.True(unsorted.Count == 0, $"{source} sorts codes by the database's collation:\n" + string.Join("\n\n", unsorted));
    }

    [Fact]
    public void The_code_sort_check_can_fail()
    {
        var visitor = new CodeSortVisitor();
        TSqlParsing.Parse("SELECT code FROM area ORDER BY sort_order, code", out _).Accept(visitor);

        Assert.Equal(["code"], visitor.WithoutBinaryCollation);
    }

    private sealed class CodeSortVisitor : Microsoft.SqlServer.TransactSql.ScriptDom.TSqlFragmentVisitor
    {
        public List<string> WithoutBinaryCollation { get; } = [];

        public override void Visit(Microsoft.SqlServer.TransactSql.ScriptDom.ExpressionWithSortOrder node)
        {
            if (node.Expression is Microsoft.SqlServer.TransactSql.ScriptDom.ColumnReferenceExpression column
                && column.MultiPartIdentifier.Identifiers[^1].Value is var name
                && (name == "code" || name.EndsWith("_code", StringComparison.Ordinal))
                && column.Collation?.Value != "Latin1_General_100_BIN2")
            {
                WithoutBinaryCollation.Add(name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_statement_compiles_on_the_migrated_SQLite_schema(string source)
    {
        using var connection = database.Open();
        var failures = new List<string>();
        var statements = SqlStatementSources.Statements(SqlStatementSources.Named(source), new SqliteDialect());
        for (var i = 0; i < statements.Count; i++)
        {
            var sql = TSqlParsing.ExpandListParameters(statements[i]);
            try
            {
                Compile(connection, sql);
            }
            catch (SqliteException ex)
            {
                failures.Add($"statement {i}: {ex.Message}\n{sql}");
            }
        }

        if (failures.Count > 0)
        {
            Assert.Fail($"{source}:\n" + string.Join("\n\n", failures));
        }
    }

    [Fact]
    public void The_SQLite_compile_check_can_fail()
    {
        using var connection = database.Open();

        Assert.Throws<SqliteException>(() => Compile(connection, "SELECT no_such_column FROM area WHERE code = @Code"));
    }

    /// <summary>Prepare makes SQLite compile the statement (names, syntax) without running it or binding values.</summary>
    private static void Compile(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
    }
}
