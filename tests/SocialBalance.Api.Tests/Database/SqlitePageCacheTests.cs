using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Database;

/// <summary>A service whose SQLite connections keep 3 MB of pages each.</summary>
public sealed class SmallPageCacheFixture : ApiFixture<SqliteTestDatabase>
{
    public const int Megabytes = 3;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Database:SqliteCacheMegabytes"] = Megabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Every SQLite connection the service opens, for reads and for writes, fresh or from the pool, keeps the page cache
/// <c>Database:SqliteCacheMegabytes</c> sets (8 MB unless set); a value outside 1 to 1,024 stops the start.
/// </summary>
public sealed class SqlitePageCacheTests(SmallPageCacheFixture fixture) : IClassFixture<SmallPageCacheFixture>
{
    // SQLite reports a size set in kibibytes as their negative count.
    private static long Kibibytes(int megabytes) => -megabytes * 1024L;

    private static Task<long> CacheSizeAsync(System.Data.Common.DbConnection connection) =>
        connection.ExecuteScalarAsync<long>("PRAGMA cache_size");

    [Fact]
    public async Task The_service_s_connections_keep_the_configured_cache_fresh_and_pooled()
    {
        using var client = fixture.CreateCheckedClient();
        var response = await client.GetAsync("/api/v1/observations?indicator=residents");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        for (var round = 0; round < 2; round++)
        {
            // The first round may be given the pooled connections the request above used; the second, after the pool
            // is emptied, only new ones.
            await using (var read = await fixture.DbFactory.OpenReadAsync(CancellationToken.None))
            {
                Assert.Equal(Kibibytes(SmallPageCacheFixture.Megabytes), await CacheSizeAsync(read));
            }

            await using (var write = await fixture.DbFactory.OpenAsync(CancellationToken.None))
            {
                Assert.Equal(Kibibytes(SmallPageCacheFixture.Megabytes), await CacheSizeAsync(write));
            }

            SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task Unset_it_is_eight_megabytes_on_every_open()
    {
        var root = Path.Combine(Path.GetTempPath(), "sb-cache-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().Build();
        var factory = DbConnectionFactory.FromConfiguration(new DatabaseOptions(), configuration, root);
        try
        {
            // The second and third open are given the first one's pooled native connection again.
            for (var open = 0; open < 3; open++)
            {
                await using var connection = await factory.OpenReadAsync(CancellationToken.None);
                Assert.Equal(Kibibytes(8), await CacheSizeAsync(connection));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Two_factories_on_one_file_each_give_a_shared_pooled_connection_their_own_size()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sb-cache-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ConnectionString;
        var small = new DbConnectionFactory(DatabaseProvider.Sqlite, connectionString, sqliteCacheMegabytes: 3);
        var large = new DbConnectionFactory(DatabaseProvider.Sqlite, connectionString, sqliteCacheMegabytes: 5);
        try
        {
            // One at a time, so the pool hands both factories the same native connection in turn.
            for (var round = 0; round < 3; round++)
            {
                await using (var connection = await small.OpenReadAsync(CancellationToken.None))
                {
                    Assert.Equal(Kibibytes(3), await CacheSizeAsync(connection));
                }

                await using (var connection = await large.OpenReadAsync(CancellationToken.None))
                {
                    Assert.Equal(Kibibytes(5), await CacheSizeAsync(connection));
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-8)]
    [InlineData(1025)]
    public void A_size_outside_1_to_1024_megabytes_stops_the_start_naming_the_setting(int megabytes)
    {
        var options = new DatabaseOptions { SqliteCacheMegabytes = megabytes };

        var error = Assert.Throws<InvalidOperationException>(
            () => DbConnectionFactory.FromConfiguration(options, new ConfigurationBuilder().Build(), Path.GetTempPath()));
        Assert.Contains("Database:SqliteCacheMegabytes", error.Message);
        Assert.Contains(megabytes.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }
}
