using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// Every T-SQL migration parsed by Microsoft's parser, which refuses what the SQL Server stand-in of the tests might
/// accept and SQL Server would not.
/// </summary>
public sealed class SqlServerMigrationTests
{
    public static TheoryData<string> SqlServerScripts()
    {
        var data = new TheoryData<string>();
        foreach (var name in MigrationRunner.ScriptNames(DatabaseProvider.SqlServer))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SqlServerScripts))]
    public void Migration_parses_as_TSql_without_errors(string resourceName)
    {
        var script = MigrationScripts.ReadResource(resourceName);

        var parsed = TSqlParsing.Parse(script.Text, out var errors);

        if (errors.Count > 0)
        {
            Assert.Fail("db/sqlserver/" + TSqlParsing.Describe(script.FileName, errors));
        }

        Assert.True(TSqlParsing.StatementCount(parsed) > 0, $"{script.FileName} holds no statement.");
    }

    [Fact]
    public void Both_databases_have_the_same_numbered_migrations()
    {
        var sqlite = MigrationRunner.ScriptNames(DatabaseProvider.Sqlite).Select(MigrationScripts.FileName).ToList();
        var sqlServer = MigrationRunner.ScriptNames(DatabaseProvider.SqlServer).Select(MigrationScripts.FileName).ToList();

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, sqlServer);
    }

    [Fact]
    public void The_parser_check_can_fail()
    {
        // SQLite's paging is not T-SQL: if this parsed, the tests above would prove nothing.
        TSqlParsing.Parse("SELECT code FROM area ORDER BY code LIMIT @Take OFFSET @Skip", out var errors);

        Assert.NotEmpty(errors);
    }
}
