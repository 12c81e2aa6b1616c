using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Database;

public sealed class MigrationTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task A_first_start_applies_every_script_and_a_second_applies_none()
    {
        var factory = DbConnectionFactory.FromConfiguration(
            new DatabaseOptions { SqliteFile = database.Settings["Database:SqliteFile"]! },
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(),
            Path.GetTempPath());

        var first = MigrationRunner.Migrate(factory, NullLogger.Instance);
        var second = MigrationRunner.Migrate(factory, NullLogger.Instance);

        Assert.Equal(MigrationRunner.ScriptNames(DatabaseProvider.Sqlite), first);
        Assert.Empty(second);
        await using var connection = await factory.OpenAsync(CancellationToken.None);
        var journal = (await connection.QueryAsync<string>("SELECT ScriptName FROM SchemaVersions ORDER BY ScriptName")).ToList();
        Assert.Equal(first, journal);
        Assert.Equal(3, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM effect_goal"));
        Assert.Equal(9, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM theme"));
        Assert.Equal(15, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM indicator"));
    }

    [Fact]
    public void Scripts_are_numbered_and_the_same_steps_exist_for_both_databases()
    {
        static IEnumerable<string> Steps(DatabaseProvider provider) =>
            MigrationRunner.ScriptNames(provider).Select(name => name[(name.LastIndexOf(".db.", StringComparison.Ordinal) + 4)..].Split('.', 2)[1]);

        var sqlite = Steps(DatabaseProvider.Sqlite).ToList();
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, Steps(DatabaseProvider.SqlServer));
        Assert.All(sqlite, step => Assert.Matches(@"^\d{4}_[a-z0-9_]+\.sql$", step));
    }

    [Fact]
    public async Task Foreign_keys_are_enforced_on_the_embedded_database()
    {
        var factory = DbConnectionFactory.FromConfiguration(
            new DatabaseOptions { SqliteFile = database.Settings["Database:SqliteFile"]! },
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(),
            Path.GetTempPath());
        MigrationRunner.Migrate(factory, NullLogger.Instance);

        await using var connection = await factory.OpenAsync(CancellationToken.None);
        var error = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => connection.Execute(
            "INSERT INTO theme (code, name_da, name_en, effect_goal_code, sort_order) VALUES ('x', 'x', 'x', 'no-such-goal', 99)"));
        Assert.Equal(19, error.SqliteErrorCode);
    }

    public void Dispose() => database.Dispose();
}
