using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Database;

/// <summary>The SQL that the tests themselves send must be T-SQL too, or the SQL Server runs would fail.</summary>
public sealed class TestStatementsTests
{
    public static TheoryData<string, string> Statements => new()
    {
        { nameof(Figures.Insert), Figures.Insert },
        { nameof(SqlServerTestDatabase.DropDatabase), SqlServerTestDatabase.DropDatabase },
        { nameof(SqlServerTestDatabase.CreateDatabase), SqlServerTestDatabase.CreateDatabase("socialbalance_test_0", DanishSqlServerTestDatabase.DanishCollation) },
        { "theme update", "UPDATE theme SET effect_goal_code = 'mix-more' WHERE code = 'image'" },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void Parses_as_T_SQL(string name, string sql)
    {
        TSqlParsing.Parse(TSqlParsing.ExpandListParameters(sql), out var errors);

        Assert.True(errors.Count == 0, TSqlParsing.Describe(name, errors));
    }
}
