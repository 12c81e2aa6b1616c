namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>
/// A class that sends SQL lists every statement it can send, in a dialect's form, including each
/// combination of the optional fragments it joins. Tests parse every T-SQL form with Microsoft's own
/// parser, since no SQL Server runs where the tests run.
/// </summary>
public interface ISqlStatementSource
{
    static abstract IEnumerable<string> Statements(SqlDialect dialect);
}
