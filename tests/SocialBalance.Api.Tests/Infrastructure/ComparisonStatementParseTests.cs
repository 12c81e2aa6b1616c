using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SocialBalance.Api.Features.Common;
using SocialBalance.Api.Features.ListStatus;
using SocialBalance.Api.Features.Targets;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>
/// No SQL Server runs here, so the T-SQL of the comparison features (their statements and the targets migration)
/// is at least parsed by Microsoft's own parser.
/// </summary>
public sealed partial class ComparisonStatementParseTests
{
    public static TheoryData<string> Statements()
    {
        var dialect = SqlDialect.For(DatabaseProvider.SqlServer);
        var data = new TheoryData<string>();
        foreach (var sql in FigureQueries.Statements(dialect).Concat(TargetQueries.Statements(dialect)).Concat(ListStatusQueries.Statements(dialect)))
        {
            data.Add(sql);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statements_parse_as_tsql(string sql) => AssertParses(ExpandLists(sql));

    [Fact]
    public void The_targets_migration_parses_as_tsql()
    {
        var name = MigrationRunner.ScriptNames(DatabaseProvider.SqlServer).Single(n => n.EndsWith("0010_targets.sql", StringComparison.Ordinal));
        using var stream = typeof(MigrationRunner).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        AssertParses(reader.ReadToEnd());
    }

    private static void AssertParses(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")) + "\n" + sql);
    }

    // Dapper expands "IN @Codes" into "IN (@Codes1, @Codes2, …)" before SQL Server sees it.
    private static string ExpandLists(string sql) => InList().Replace(sql, "IN (@$1_1, @$1_2)");

    [GeneratedRegex(@"IN @(\w+)")]
    private static partial Regex InList();
}
