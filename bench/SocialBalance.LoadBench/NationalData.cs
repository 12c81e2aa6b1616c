using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.LoadBench;

/// <summary>
/// National scale: 2,000 housing areas × 30 indicators × 30 years = 1.8 million figures, plus the country,
/// the region and the municipality as references. Values are deterministic so runs compare.
/// </summary>
public static class NationalData
{
    public const int Areas = 2000;
    public const int Indicators = 30;
    public const int FirstYear = 1996;
    public const int Years = 30;

    private static readonly string[] ReferenceAreas = ["denmark", "region-hovedstaden", "gladsaxe"];

    private const string InsertIndicator = """
        INSERT INTO indicator (code, name_da, name_en, definition_da, definition_en, theme_code, unit, direction, min_value, max_value, decimals, source, sort_order)
        SELECT @Code, @Code, @Code, 'Generated for the load test.', 'Generated for the load test.', theme_code, unit, direction, min_value, max_value, decimals, 'load test', 100 + @Number
        FROM indicator WHERE code = @Template
        """;

    private const string InsertArea = """
        INSERT INTO area (code, name_da, name_en, kind_code, parent_code, note_da, note_en, sort_order)
        VALUES (@Code, @Code, @Code, 'housing-area', 'gladsaxe', NULL, NULL, 100 + @Number)
        """;

    private const string InsertFigure = """
        INSERT INTO observation (indicator_code, area_code, year, value, numerator, denominator, status_code, source, note, updated_at)
        VALUES (@Indicator, @Area, @Year, @Value, NULL, NULL, 'illustrative', 'load test', NULL, '2025-01-01T00:00:00.0000000Z')
        """;

    public static async Task<long> CreateAsync(string file)
    {
        File.Delete(file);
        var factory = new DbConnectionFactory(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true }.ConnectionString);
        MigrationRunner.Migrate(factory, NullLogger.Instance);

        await using var connection = await factory.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        var templates = (await connection.QueryAsync<string>("SELECT code FROM indicator ORDER BY sort_order", transaction: transaction)).ToList();
        for (var i = templates.Count; i < Indicators; i++)
        {
            await connection.ExecuteAsync(InsertIndicator, new { Code = $"generated-{i:00}", Number = i, Template = templates[i % templates.Count] }, transaction);
        }

        for (var a = 0; a < Areas; a++)
        {
            await connection.ExecuteAsync(InsertArea, new { Code = AreaCode(a), Number = a }, transaction);
        }

        var indicators = (await connection.QueryAsync<(string Code, double? Min, double? Max, int Decimals)>(
            "SELECT code, min_value, max_value, decimals FROM indicator ORDER BY sort_order", transaction: transaction)).ToList();
        var areas = ReferenceAreas.Concat(Enumerable.Range(0, Areas).Select(AreaCode)).ToList();
        var count = await InsertFiguresAsync(connection, transaction, indicators, areas);
        await transaction.CommitAsync();
        return count;
    }

    public static string AreaCode(int number) => $"housing-{number:0000}";

    private static async Task<long> InsertFiguresAsync(
        DbConnection connection, DbTransaction transaction, List<(string Code, double? Min, double? Max, int Decimals)> indicators, List<string> areas)
    {
        // One prepared statement, reused for every row: the fastest plain insert SQLite offers.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertFigure;
        var indicator = AddParameter(command, "@Indicator");
        var area = AddParameter(command, "@Area");
        var year = AddParameter(command, "@Year");
        var value = AddParameter(command, "@Value");
        await command.PrepareAsync();

        long count = 0;
        foreach (var (code, min, max, decimals) in indicators)
        {
            indicator.Value = code;
            for (var a = 0; a < areas.Count; a++)
            {
                area.Value = areas[a];
                for (var y = 0; y < Years; y++)
                {
                    year.Value = FirstYear + y;
                    var low = min ?? 0;
                    var high = Math.Min(max ?? 100, low + 100);
                    var raw = low + ((a * 7919 + y * 104729 + code.Length * 31) % 1000) / 1000.0 * (high - low);
                    value.Value = Math.Round(raw, decimals);
                    await command.ExecuteNonQueryAsync();
                    count++;
                }
            }
        }

        return count;
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
