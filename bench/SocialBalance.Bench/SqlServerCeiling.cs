using System.Data;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging.Abstractions;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Bench;

/// <summary>
/// The ceiling on SQL Server: the same rows as <see cref="SqliteCeiling"/> (indicator, area, year, value, status,
/// time) inserted straight into a freshly migrated database, in one transaction, the two fastest raw ways the
/// engine takes. Constraints are checked and triggers fired, as for the service's own INSERTs: a ceiling that
/// skipped the foreign keys and the change counter would measure less work, not less waste.
/// </summary>
public static class SqlServerCeiling
{
    private const string Status = "reported";

    /// <summary>
    /// SqlBulkCopy without ColumnMappings (the stand-in refuses any): the source's columns are the table's, in order.
    /// Answers null and why when the engine does not take it.
    /// </summary>
    /// <remarks>
    /// Babelfish 4.3 keeps only the last row of <c>SELECT @v = @v + … FROM …</c>, the query SqlClient 7 uses to list
    /// the table's columns, so SqlBulkCopy sends observation's last column alone and the others arrive as NULL;
    /// without CheckConstraints it even stores those NULLs in NOT NULL columns. With it the load fails, as it
    /// should, and the rows are checked again afterwards in case an engine lets it through.
    /// </remarks>
    public static async Task<(TimeSpan? Elapsed, string? Failure)> BulkCopyAsync(string connectionString)
    {
        await PrepareAsync(connectionString);
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        var table = await RowsShapedLikeObservationAsync(connection);

        var clock = Stopwatch.StartNew();
        try
        {
            await using var transaction = (SqlTransaction)await connection.BeginTransactionAsync();
            using var bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.FireTriggers, transaction)
            {
                DestinationTableName = "observation",
                BatchSize = 0,
                BulkCopyTimeout = 0,
            };
            await bulk.WriteToServerAsync(table);
            await transaction.CommitAsync();
        }
        catch (Exception e) when (e is SqlException or InvalidOperationException)
        {
            return (null, e is SqlException sql ? $"SqlException {sql.Number}: {sql.Message}" : e.Message);
        }

        clock.Stop();
        await CheckAsync(connection);
        return (clock.Elapsed, null);
    }

    /// <summary>Multi-row INSERTs prepared once, as many rows per statement as stay within the service's parameter limit.</summary>
    public static async Task<TimeSpan> MultiRowInsertAsync(string connectionString)
    {
        await PrepareAsync(connectionString);
        var rows = BenchData.Figures().ToList();
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();

        // Four parameters per row and one shared time; SQL Server takes at most 1,000 rows per VALUES list.
        var chunk = Math.Min(1000, (BatchedInsert.MaxParameters - 1) / 4);
        var now = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using (var transaction = (SqlTransaction)await connection.BeginTransactionAsync())
        {
            await using var full = Prepare(connection, transaction, chunk, now);
            SqlCommand? rest = null;
            for (var start = 0; start < rows.Count; start += chunk)
            {
                var count = Math.Min(chunk, rows.Count - start);
                var command = count == chunk ? full : rest ??= Prepare(connection, transaction, count, now);
                for (var i = 0; i < count; i++)
                {
                    var (indicator, area, year, value) = rows[start + i];
                    command.Parameters[(i * 4) + 1].Value = indicator;
                    command.Parameters[(i * 4) + 2].Value = area;
                    command.Parameters[(i * 4) + 3].Value = year;
                    command.Parameters[(i * 4) + 4].Value = value;
                }

                await command.ExecuteNonQueryAsync();
            }

            if (rest is not null)
            {
                await rest.DisposeAsync();
            }

            await transaction.CommitAsync();
        }

        clock.Stop();
        await CheckAsync(connection);
        return clock.Elapsed;
    }

    /// <summary>Migrates the new database as the service does at start, and adds the generated areas.</summary>
    private static async Task PrepareAsync(string connectionString)
    {
        MigrationRunner.Migrate(new DbConnectionFactory(DatabaseProvider.SqlServer, connectionString), NullLogger.Instance);
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        for (var a = 0; a < BenchData.AreaCount; a++)
        {
            await connection.ExecuteAsync(
                "INSERT INTO area (code, name_da, name_en, kind_code, parent_code, sort_order) VALUES (@Code, @Code, @Code, 'housing-area', 'gladsaxe', 100)",
                new { Code = new DbString { Value = BenchData.Area(a), IsAnsi = true, Length = 64 } });
        }
    }

    /// <summary>
    /// The rows as a table whose columns are observation's, in the database's own order: the identity column is
    /// left empty for the server to number, the columns the SQLite ceiling leaves out get their defaults or NULL.
    /// </summary>
    private static async Task<DataTable> RowsShapedLikeObservationAsync(SqlConnection connection)
    {
        var columns = (await connection.QueryAsync<(string Name, bool Nullable, bool Identity)>(
            "SELECT name, is_nullable, is_identity FROM sys.columns WHERE object_id = OBJECT_ID('observation') ORDER BY column_id")).ToList();
        var now = DateTimeOffset.UtcNow;
        var table = new DataTable("observation");
        var fill = new List<Func<(string Indicator, string Area, int Year, double Value), object>>();
        foreach (var column in columns)
        {
            Func<(string Indicator, string Area, int Year, double Value), object> value = column.Name switch
            {
                "indicator_code" => r => r.Indicator,
                "area_code" => r => r.Area,
                "year" => r => r.Year,
                "value" => r => r.Value,
                "status_code" => _ => Status,
                "updated_at" => _ => now,
                "revision" => _ => 0,
                _ when column.Nullable || column.Identity => _ => DBNull.Value,
                _ => throw new InvalidOperationException($"observation.{column.Name} is new and NOT NULL: the bench needs a value for it."),
            };

            // The column's type follows its first value; the empty ones are typed by the server's conversion.
            var first = value(BenchData.Figures().First());
            table.Columns.Add(column.Name, first is DBNull ? typeof(string) : first.GetType());
            fill.Add(value);
        }

        table.BeginLoadData();
        var values = new object[fill.Count];
        foreach (var row in BenchData.Figures())
        {
            for (var c = 0; c < fill.Count; c++)
            {
                values[c] = fill[c](row);
            }

            table.Rows.Add(values);
        }

        table.EndLoadData();
        return table;
    }

    private static SqlCommand Prepare(SqlConnection connection, SqlTransaction transaction, int rows, DateTimeOffset now)
    {
        var sql = new StringBuilder("INSERT INTO observation (indicator_code, area_code, year, value, status_code, updated_at) VALUES ");
        var command = new SqlCommand { Connection = connection, Transaction = transaction };
        // Prepare wants a size for datetimeoffset (its scale varies); the service sets the same.
        command.Parameters.Add(new SqlParameter("@now", SqlDbType.DateTimeOffset) { Scale = 7, Size = 10, Value = now });
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@i{i}, @a{i}, @y{i}, @v{i}, '{Status}', @now)");
            command.Parameters.Add(new SqlParameter($"@i{i}", SqlDbType.VarChar, 64));
            command.Parameters.Add(new SqlParameter($"@a{i}", SqlDbType.VarChar, 64));
            command.Parameters.Add(new SqlParameter($"@y{i}", SqlDbType.Int));
            command.Parameters.Add(new SqlParameter($"@v{i}", SqlDbType.Float));
        }

        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    /// <summary>Every row arrived whole: the count, and the sum of the values and years, match what was sent.</summary>
    private static async Task CheckAsync(SqlConnection connection)
    {
        var (count, values, years) = await connection.QuerySingleAsync<(long, double, long)>("""
            SELECT COUNT_BIG(*), COALESCE(SUM(value), 0), COALESCE(SUM(CAST(year AS bigint)), 0)
            FROM observation
            WHERE indicator_code IS NOT NULL AND area_code IS NOT NULL AND status_code = 'reported'
            """);
        var expected = BenchData.Figures().ToList();
        if (count != expected.Count || values != expected.Sum(f => f.Value) || years != expected.Sum(f => (long)f.Year))
        {
            throw new InvalidOperationException($"The ceiling run wrote {count} whole rows, not {expected.Count}, or other values.");
        }
    }
}
