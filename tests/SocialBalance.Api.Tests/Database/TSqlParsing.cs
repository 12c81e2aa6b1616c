using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace SocialBalance.Api.Tests.Database;

/// <summary>Microsoft's own T-SQL parser, set up the way SQL Server runs our scripts.</summary>
internal static partial class TSqlParsing
{
    /// <summary>Parses a script; QUOTED_IDENTIFIER is on, as for every SqlClient (and so DbUp) connection.</summary>
    public static TSqlScript Parse(string sql, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        return (TSqlScript)parser.Parse(reader, out errors);
    }

    /// <summary>One line per error, "source:line:column: message", so a failure points at the text.</summary>
    public static string Describe(string source, IEnumerable<ParseError> errors) =>
        string.Join("\n", errors.Select(e => $"{source}:{e.Line}:{e.Column}: {e.Message} (error {e.Number})"));

    public static int StatementCount(TSqlScript script) => script.Batches.Sum(batch => batch.Statements.Count);

    /// <summary>
    /// Dapper turns <c>IN @Codes</c> into <c>IN (@Codes1, @Codes2, …)</c> before the database sees it; neither
    /// parser accepts the unexpanded form, so the tests expand it the same way.
    /// </summary>
    public static string ExpandListParameters(string sql) => ListParameter().Replace(sql, "IN (@${name}1, @${name}2)");

    [GeneratedRegex(@"\bIN\s+@(?<name>\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListParameter();
}
