using Dapper;
using Microsoft.Data.Sqlite;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// The service opens its SQLite file in write-ahead-log mode: a write in progress, even one holding the file's
/// exclusive lock, does not hold up a read, and the read shows the figures as they were before it.
/// </summary>
public sealed class WriteAheadLogTests(ApiFixture<SqliteTestDatabase> fixture) : IClassFixture<ApiFixture<SqliteTestDatabase>>
{
    [Fact]
    public async Task The_file_is_in_write_ahead_log_mode_after_start()
    {
        using var client = fixture.CreateCheckedClient();
        await client.GetAsync("/api/v1/areas");

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fixture.Database.Settings["Database:SqliteFile"],
            Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_read_is_answered_while_a_write_holds_the_exclusive_lock_and_shows_none_of_it()
    {
        using var client = fixture.CreateCheckedClient();
        await using var writer = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fixture.Database.Settings["Database:SqliteFile"],
            Pooling = false,
            ForeignKeys = true,
        }.ConnectionString);
        await writer.OpenAsync();
        // In the rollback journal an exclusive lock keeps every reader out until the busy timeout (30 s) ends.
        await writer.ExecuteAsync("BEGIN EXCLUSIVE");
        await writer.ExecuteAsync(Figures.Insert, new
        {
            Indicator = "residents",
            Area = "gladsaxe",
            Year = 2019,
            Value = 4321.0,
            Numerator = (double?)null,
            Denominator = (double?)null,
            Status = "official",
            Source = "uncommitted",
            Note = (string?)null,
            UpdatedAt = Figures.ArrangedAt,
        });

        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await client.GetAsync("/api/v1/observations?indicator=residents&area=gladsaxe&from=2019&to=2019", reading.Token);
        await writer.ExecuteAsync("ROLLBACK");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), item => item.GetProperty("source").GetString() == "uncommitted");

        await using var check = await fixture.DbFactory.OpenAsync(CancellationToken.None);
        Assert.Equal(0, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation WHERE source = 'uncommitted'"));
    }
}
