using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.LoadBench;

/// <summary>
/// National scale: 2,000 housing areas (or <c>--areas</c>) × 30 indicators × 30 years = 1.8 million figures, plus
/// the country, the region and the municipality as references. Values are deterministic so runs compare, and the
/// same on either engine.
/// </summary>
public static class NationalData
{
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

    private static readonly DateTimeOffset UpdatedAt = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A new SQLite file of national scale (an existing one is replaced).</summary>
    public static Task<long> CreateSqliteAsync(string file, int areas)
    {
        File.Delete(file);
        return CreateAsync(new DbConnectionFactory(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true }.ConnectionString), areas);
    }

    /// <summary>
    /// Migrates an empty database as the service does at start, and fills it; <paramref name="written"/> hears the
    /// number of indicators whose figures are in, after each.
    /// </summary>
    public static async Task<long> CreateAsync(DbConnectionFactory factory, int areas, Action<int>? written = null)
    {
        MigrationRunner.Migrate(factory, NullLogger.Instance);

        // One transaction: committing per indicator made SQLite write the pages of the indexes every indicator
        // touches (by area, by year) again at each commit, and took it 1.4-1.9 times as long.
        await using var connection = await factory.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        var templates = (await connection.QueryAsync<string>("SELECT code FROM indicator ORDER BY sort_order", transaction: transaction)).ToList();
        for (var i = templates.Count; i < Indicators; i++)
        {
            await connection.ExecuteAsync(InsertIndicator, new { Code = $"generated-{i:00}", Number = i, Template = templates[i % templates.Count] }, transaction);
        }

        for (var a = 0; a < areas; a++)
        {
            await connection.ExecuteAsync(InsertArea, new { Code = AreaCode(a), Number = a }, transaction);
        }

        var indicators = (await connection.QueryAsync<(string Code, double? Min, double? Max, int Decimals)>(
            "SELECT code, min_value, max_value, decimals FROM indicator ORDER BY sort_order", transaction: transaction)).ToList();
        var codes = ReferenceAreas.Concat(Enumerable.Range(0, areas).Select(AreaCode)).ToList();
        var rowsPerStatement = factory.Provider == DatabaseProvider.Sqlite ? 1 : (BatchedInsert.MaxParameters - 1) / 4;
        long count = 0;
        for (var i = 0; i < indicators.Count; i++)
        {
            count += await InsertFiguresAsync(connection, transaction, indicators[i], codes, rowsPerStatement);
            written?.Invoke(i + 1);
        }

        await transaction.CommitAsync();
        return count;
    }

    public static string AreaCode(int number) => $"housing-{number:0000}";

    /// <summary>The scale a database holds: its figures and its generated housing areas.</summary>
    public static async Task<(long Figures, int Areas)> ScaleAsync(DbConnectionFactory factory)
    {
        await using var connection = await factory.OpenAsync(CancellationToken.None);
        var figures = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation");
        // Generated areas are named by their code; the reference data's have names.
        var areas = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM area WHERE code LIKE 'housing-%' AND name_da = code");
        return (figures, areas);
    }

    /// <summary>
    /// One indicator's figures: on SQLite one reused one-row statement (its fastest plain insert), on SQL Server
    /// multi-row statements of up to 499 rows, four parameters a row and one shared time, under its 2,100-parameter
    /// limit. (SqlBulkCopy would be faster on a real SQL Server, but the stand-in stores NULLs with it; see README.)
    /// </summary>
    private static async Task<long> InsertFiguresAsync(
        DbConnection connection, DbTransaction transaction, (string Code, double? Min, double? Max, int Decimals) indicator, List<string> areas, int rowsPerStatement)
    {
        var rows = Figures(indicator, areas).ToList();
        await using var full = FigureInsert.Prepare(connection, transaction, rowsPerStatement);
        FigureInsert? rest = null;
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            var insert = count == rowsPerStatement ? full : rest ??= FigureInsert.Prepare(connection, transaction, count);
            for (var i = 0; i < count; i++)
            {
                var (area, year, value) = rows[start + i];
                var slots = insert.Slots[i];
                slots[0].Value = indicator.Code;
                slots[1].Value = area;
                slots[2].Value = year;
                slots[3].Value = value;
            }

            await insert.Statement.ExecuteAsync(CancellationToken.None);
        }

        if (rest is not null)
        {
            await rest.DisposeAsync();
        }

        return rows.Count;
    }

    private static IEnumerable<(string Area, int Year, double Value)> Figures((string Code, double? Min, double? Max, int Decimals) indicator, List<string> areas)
    {
        var low = indicator.Min ?? 0;
        var high = Math.Min(indicator.Max ?? 100, low + 100);
        for (var a = 0; a < areas.Count; a++)
        {
            for (var y = 0; y < Years; y++)
            {
                var raw = low + ((a * 7919 + y * 104729 + indicator.Code.Length * 31) % 1000) / 1000.0 * (high - low);
                yield return (areas[a], FirstYear + y, Math.Round(raw, indicator.Decimals));
            }
        }
    }

    /// <summary>A multi-row INSERT of figures prepared once, with its parameters resolved per row (indicator, area, year, value).</summary>
    private sealed record FigureInsert(PreparedStatement Statement, DbParameter[][] Slots) : IAsyncDisposable
    {
        private static readonly string[] Columns = ["i", "a", "y", "v"];

        public static FigureInsert Prepare(DbConnection connection, DbTransaction transaction, int rows)
        {
            var sql = new StringBuilder("INSERT INTO observation (indicator_code, area_code, year, value, status_code, source, updated_at) VALUES ");
            var parameters = new List<StatementParameter> { StatementParameter.Time("UpdatedAt") };
            for (var i = 0; i < rows; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@i{i}, @a{i}, @y{i}, @v{i}, 'illustrative', 'load test', @UpdatedAt)");
                parameters.Add(StatementParameter.Code(Name("i", i)));
                parameters.Add(StatementParameter.Code(Name("a", i)));
                parameters.Add(new StatementParameter(Name("y", i), DbType.Int32));
                parameters.Add(StatementParameter.Number(Name("v", i)));
            }

            var statement = PreparedStatement.Create(connection, transaction, sql.ToString(), [.. parameters]).Set("UpdatedAt", UpdatedAt);
            var slots = Enumerable.Range(0, rows)
                .Select(i => Columns.Select(column => statement.Parameter(Name(column, i))).ToArray())
                .ToArray();
            return new FigureInsert(statement, slots);
        }

        public ValueTask DisposeAsync() => Statement.DisposeAsync();

        private static string Name(string column, int row) => column + row.ToString(CultureInfo.InvariantCulture);
    }
}
