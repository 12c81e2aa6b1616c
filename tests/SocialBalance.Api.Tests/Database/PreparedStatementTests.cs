using System.Data.Common;
using Dapper;
using SocialBalance.Api.Features.Observations.Writes;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Database;

/// <summary>
/// Every statement the figure write path prepares, prepared and run on each database with the parameter types and
/// sizes it declares: SqlClient refuses to prepare a variable-length parameter without a size, and SQLite cuts
/// text to a size. Each runs inside a transaction that is rolled back, and its rows are read back first.
/// </summary>
public abstract class PreparedStatementTests<TDatabase>(ApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 34, 56, 789, TimeSpan.Zero);
    private static readonly string LongNote = "æøå " + new string('n', 996);
    private static readonly WriteStamp Stamp = new(new Caller("gladsaxe-kommune", null, IsAdmin: true), null, Now);

    private static CurrentRevision NewObservation(string indicator, string area, int year, double value, string? note, WriteStamp? stamp = null) =>
        new(new CheckedObservation(1, indicator, area, year, value, null, null, note), 1, null, stamp ?? Stamp);

    [SkippableFact]
    public async Task Inserting_one_figure_and_a_full_chunk_of_figures()
    {
        await using var connection = await OpenDbAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var indicators = (await connection.QueryAsync<string>("SELECT code FROM indicator ORDER BY code", transaction: transaction)).ToList();
        var insert = BatchedInsert<CurrentRevision>.Create(connection, transaction, ObservationWriter.InsertObservationInto, ObservationWriter.ObservationColumns, Fixture.Database.Provider);
        var rows = insert.Chunk + 1;
        await using (insert)
        {
            for (var i = 0; i < rows; i++)
            {
                await insert.AddAsync(
                    NewObservation(indicators[i % indicators.Count], "gladsaxe", 1990 + (i / indicators.Count), 10.5 + i, LongNote), CancellationToken.None);
            }

            await insert.FlushAsync(CancellationToken.None);
        }

        var written = (await connection.QueryAsync<(string Note, DateTimeOffset UpdatedAt)>(
            "SELECT note, updated_at FROM observation WHERE area_code = 'gladsaxe'", transaction: transaction)).ToList();
        Assert.Equal(rows, written.Count);
        Assert.All(written, row => Assert.Equal((LongNote, Now), row));
        await transaction.RollbackAsync();
    }

    [SkippableFact]
    public async Task Updating_a_figure()
    {
        await using var connection = await OpenDbAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var id = await InsertOneAsync(connection, transaction);

        var next = new CurrentRevision(new CheckedObservation(1, "feel-safe", "moerkhoej", 2023, 42.5, 425.0, 1000.0, LongNote), 2, id,
            new WriteStamp(new Caller("gab", null, IsAdmin: false), null, Now));
        await using (var update = PreparedStatement.Create(connection, transaction, ObservationWriter.UpdateObservation, [.. ObservationWriter.UpdateColumns.Select(c => c.Parameter)]))
        {
            foreach (var column in ObservationWriter.UpdateColumns)
            {
                update.Set(column.Parameter.Name, column.Value(next));
            }

            await update.ExecuteAsync(CancellationToken.None);
        }

        var row = await connection.QuerySingleAsync<(double Value, double Numerator, string Note, long Revision, DateTimeOffset UpdatedAt, string Organisation)>(
            "SELECT value, numerator, note, revision, updated_at, organisation_code FROM observation WHERE id = @Id", new { Id = id }, transaction);
        Assert.Equal((42.5, 425.0, LongNote, 2L, Now, "gab"), row);
        await transaction.RollbackAsync();
    }

    [SkippableFact]
    public async Task Keeping_one_revision_and_a_full_chunk_of_revisions()
    {
        await using var connection = await OpenDbAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var revision = BatchedInsert<StoredObservation>.Create(connection, transaction, ObservationWriter.InsertRevisionInto, ObservationWriter.RevisionColumns, Fixture.Database.Provider);
        var rows = revision.Chunk + 1;
        await using (revision)
        {
            for (var r = 1; r <= rows; r++)
            {
                await revision.AddAsync(new StoredObservation
                {
                    IndicatorCode = "feel-safe",
                    AreaCode = "vaerebro-park",
                    Year = 2024,
                    Revision = r,
                    Value = 70.0 + (r / 10.0),
                    StatusCode = "reported",
                    Source = "a source",
                    Note = LongNote,
                    RetractedAt = r == rows ? Now : null,
                    OrganisationCode = "gab",
                    UpdatedAt = Now,
                }, CancellationToken.None);
            }

            await revision.FlushAsync(CancellationToken.None);
        }

        var kept = (await connection.QueryAsync<(long Revision, string Note, DateTimeOffset RecordedAt)>(
            "SELECT revision, note, recorded_at FROM observation_revision WHERE area_code = 'vaerebro-park' ORDER BY revision", transaction: transaction)).ToList();
        Assert.Equal(Enumerable.Range(1, rows).Select(r => ((long)r, LongNote, Now)), kept);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM observation_revision WHERE area_code = 'vaerebro-park' AND retracted = 1", transaction: transaction));
        await transaction.RollbackAsync();
    }

    private async Task<long> InsertOneAsync(DbConnection connection, DbTransaction transaction)
    {
        await using (var insert = BatchedInsert<CurrentRevision>.Create(connection, transaction, ObservationWriter.InsertObservationInto, ObservationWriter.ObservationColumns, Fixture.Database.Provider))
        {
            await insert.AddAsync(NewObservation("feel-safe", "moerkhoej", 2023, 80.5, null), CancellationToken.None);
            await insert.FlushAsync(CancellationToken.None);
        }

        return await connection.ExecuteScalarAsync<long>(
            "SELECT id FROM observation WHERE indicator_code = 'feel-safe' AND area_code = 'moerkhoej' AND year = 2023", transaction: transaction);
    }
}

public sealed class PreparedStatementSqliteTests(ApiFixture<SqliteTestDatabase> fixture)
    : PreparedStatementTests<SqliteTestDatabase>(fixture);

public sealed class PreparedStatementSqlServerTests(ApiFixture<SqlServerTestDatabase> fixture)
    : PreparedStatementTests<SqlServerTestDatabase>(fixture);
