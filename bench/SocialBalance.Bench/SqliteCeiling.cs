using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Bench;

/// <summary>
/// The ceiling: the same rows inserted straight into a fresh, migrated database file with one prepared INSERT in
/// one transaction: no HTTP, no parsing, no checks, no history. The API cannot beat it; the question is how close.
/// </summary>
public static class SqliteCeiling
{
    private const string Insert = """
        INSERT INTO observation (indicator_code, area_code, year, value, status_code, updated_at)
        VALUES ($indicator, $area, $year, $value, 'reported', $now)
        """;

    public static async Task<TimeSpan> MeasureAsync(string file)
    {
        var factory = DbConnectionFactory.FromConfiguration(new DatabaseOptions { SqliteFile = file },
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), Path.GetDirectoryName(file)!);
        MigrationRunner.Migrate(factory, NullLogger.Instance);
        await using (var setup = await factory.OpenAsync(CancellationToken.None))
        {
            for (var a = 0; a < BenchData.AreaCount; a++)
            {
                await setup.ExecuteAsync(
                    "INSERT INTO area (code, name_da, name_en, kind_code, parent_code, sort_order) VALUES (@Code, @Code, @Code, 'housing-area', 'gladsaxe', 100)",
                    new { Code = BenchData.Area(a) });
            }
        }

        var rows = BenchData.Figures().ToList();
        var now = DateTimeOffset.UtcNow.UtcDateTime.ToString(DateTimeOffsetHandler.SqliteFormat, System.Globalization.CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        await using var connection = (SqliteConnection)await factory.OpenAsync(CancellationToken.None);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        var indicator = command.Parameters.Add("$indicator", SqliteType.Text);
        var area = command.Parameters.Add("$area", SqliteType.Text);
        var year = command.Parameters.Add("$year", SqliteType.Integer);
        var value = command.Parameters.Add("$value", SqliteType.Real);
        command.Parameters.AddWithValue("$now", now);
        command.Prepare();
        foreach (var row in rows)
        {
            indicator.Value = row.Indicator;
            area.Value = row.Area;
            year.Value = row.Year;
            value.Value = row.Value;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        clock.Stop();
        var count = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation");
        if (count != rows.Count)
        {
            throw new InvalidOperationException($"The ceiling run wrote {count} rows, not {rows.Count}.");
        }

        return clock.Elapsed;
    }
}
