using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// With a read connection configured, the figure lists read from it. Two SQLite files stand in for a
/// primary and its replica: a figure only the replica has shows that reads went there.
/// </summary>
public sealed class ReadReplicaRoutingTests(ApiFixture<SqliteTestDatabase> fixture)
    : IClassFixture<ApiFixture<SqliteTestDatabase>>, IDisposable
{
    private readonly string replica = Path.Combine(Path.GetTempPath(), $"socialbalance-replica-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Reads_go_to_the_read_connection()
    {
        var primary = fixture.DbFactory;
        SqliteConnection.ClearAllPools();
        File.Copy(fixture.Database.Settings["Database:SqliteFile"]!, replica);
        var replicaConnection = new SqliteConnectionStringBuilder { DataSource = replica, ForeignKeys = true }.ConnectionString;
        await using (var db = new SqliteConnection(replicaConnection))
        {
            await db.ExecuteAsync(Figures.Insert, new
            {
                Indicator = "residents",
                Area = "gladsaxe",
                Year = 2024,
                Value = 69000.0,
                Numerator = (double?)null,
                Denominator = (double?)null,
                Status = "official",
                Source = "replica",
                Note = (string?)null,
                UpdatedAt = Figures.ArrangedAt,
            });
        }

        using var routed = fixture.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton(new DbConnectionFactory(DatabaseProvider.Sqlite, primary.ConnectionString, replicaConnection))));
        using var client = routed.CreateCheckedClient();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/observations?indicator=residents");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("replica", item.GetProperty("source").GetString());
        await using var check = await primary.OpenAsync(CancellationToken.None);
        Assert.Equal(0, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(replica);
    }
}
