using System.Data.Common;
using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using static SocialBalance.Api.Infrastructure.Database.StatementParameter;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>Who writes, in which import, at what time: the same for every row of one write.</summary>
internal sealed record WriteStamp(Caller Caller, long? ImportId, DateTimeOffset Now);

/// <summary>The revision a write makes current; <paramref name="ReplacesId"/> is the row it replaces, null for a new observation.</summary>
internal sealed record CurrentRevision(CheckedObservation Observation, int Revision, long? ReplacesId, WriteStamp Stamp);

/// <summary>
/// Every statement that changes observations, each run inside the write's one transaction (<see cref="ObservationImporter"/>):
/// the import record, a new observation (one row in observation, its revision 1), a changed one (its current revision
/// copied to observation_revision, then replaced), and a retraction. Every row of an import shares one timestamp, so an
/// import appears in <c>asOf</c> reads all at once or not at all. Each column names its parameter and its value together.
/// </summary>
public sealed class ObservationWriter(DbConnectionFactory db) : ISqlStatementSource
{
    /// <summary>Observations posted through the API are <c>reported</c>, whoever posts them: <c>official</c> is kept for
    /// those loaded from official statistics, so a reader can always tell the two apart.</summary>
    public const string PostedStatus = ObservationStatuses.Reported;

    internal const string InsertObservationInto = """
        INSERT INTO observation (indicator_code, area_code, year, value, numerator, denominator, status_code, source, note, updated_at,
                                 revision, organisation_code, api_key_id, import_id)
        """;

    internal static readonly RowColumn<CurrentRevision>[] ObservationColumns =
    [
        new(Code("Indicator"), r => r.Observation.Indicator), new(Code("Area"), r => r.Observation.Area),
        new(Integer("Year"), r => r.Observation.Year), new(Number("Value"), r => r.Observation.Value),
        new(Number("Numerator"), r => r.Observation.Numerator), new(Number("Denominator"), r => r.Observation.Denominator),
        new(Code("Status"), _ => PostedStatus), new(Text("Source", 400), _ => null), new(Text("Note", 1000), r => r.Observation.Note),
        new(Time("Now"), r => r.Stamp.Now), new(Integer("Revision"), r => r.Revision),
        new(Code("Organisation"), r => r.Stamp.Caller.Organisation), new(Id("KeyId"), r => r.Stamp.Caller.KeyId),
        new(Id("ImportId"), r => r.Stamp.ImportId),
    ];

    internal const string UpdateObservation = """
        UPDATE observation
        SET value = @Value, numerator = @Numerator, denominator = @Denominator, status_code = @Status, source = @Source,
            note = @Note, updated_at = @Now, revision = @Revision, retracted_at = NULL, organisation_code = @Organisation,
            api_key_id = @KeyId, import_id = @ImportId
        WHERE id = @Id
        """;

    internal static readonly RowColumn<CurrentRevision>[] UpdateColumns =
    [
        .. ObservationColumns.Where(c => c.Parameter.Name is not ("Indicator" or "Area" or "Year")),
        new(Id("Id"), r => r.ReplacesId),
    ];

    internal const string InsertRevisionInto = """
        INSERT INTO observation_revision (indicator_code, area_code, year, revision, value, numerator, denominator, status_code,
                                          source, note, retracted, organisation_code, api_key_id, import_id, recorded_at)
        """;

    /// <summary>A superseded revision, copied as it stands.</summary>
    internal static readonly RowColumn<StoredObservation>[] RevisionColumns =
    [
        new(Code("Indicator"), c => c.IndicatorCode), new(Code("Area"), c => c.AreaCode), new(Integer("Year"), c => c.Year),
        new(Integer("Revision"), c => c.Revision), new(Number("Value"), c => c.Value), new(Number("Numerator"), c => c.Numerator),
        new(Number("Denominator"), c => c.Denominator), new(Code("Status"), c => c.StatusCode), new(Text("Source", 400), c => c.Source),
        new(Text("Note", 1000), c => c.Note), new(Flag("Retracted"), c => c.RetractedAt is not null),
        new(Code("Organisation"), c => c.OrganisationCode), new(Id("KeyId"), c => c.ApiKeyId), new(Id("ImportId"), c => c.ImportId),
        new(Time("Now"), c => c.UpdatedAt),
    ];

    private const string ImportInto = """
        INSERT INTO observation_import (organisation_code, api_key_id, kind, mode, received, created, updated, unchanged, retracted, created_at)
        """;

    private const string ImportValues = "VALUES (@Organisation, @KeyId, @Kind, @Mode, @Received, @Created, @Updated, @Unchanged, @Retracted, @Now)";

    // The retraction becomes the current revision: who retracted it, when, in which import; the values stay.
    private const string RetractObservation = """
        UPDATE observation
        SET retracted_at = @Now, updated_at = @Now, revision = @Revision, organisation_code = @Organisation, api_key_id = @KeyId, import_id = @ImportId
        WHERE id = @Id
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
    [
        UpdateObservation,
        BatchedInsert.Sql(InsertObservationInto, ObservationColumns, 1),
        BatchedInsert.Sql(InsertObservationInto, ObservationColumns, BatchedInsert.ChunkFor(ObservationColumns.Length, dialect.Provider)),
        BatchedInsert.Sql(InsertRevisionInto, RevisionColumns, 1),
        BatchedInsert.Sql(InsertRevisionInto, RevisionColumns, BatchedInsert.ChunkFor(RevisionColumns.Length, dialect.Provider)),
        dialect.InsertReturningId(ImportInto, ImportValues),
        RetractObservation,
    ];

    /// <summary>Records the import and carries out the plan's writes, in its lock order.</summary>
    internal async Task<ImportSummary> WriteAsync(DbConnection connection, DbTransaction transaction, ObservationWritePlan plan,
        Caller caller, ImportKind kind, ImportMode mode, DateTimeOffset now, CancellationToken ct)
    {
        var importId = await InsertImportAsync(connection, transaction, caller, kind, mode, now, plan.Counts, ct);
        var stamp = new WriteStamp(caller, importId, now);
        await using (var rows = RowStatements.Prepare(connection, transaction, db.Provider))
        {
            foreach (var (observation, current) in plan.Writes)
            {
                await rows.WriteAsync(observation, current, stamp, ct);
            }

            await rows.FlushAsync(ct);
        }

        return plan.Summary(importId, dryRun: false);
    }

    /// <summary>Retracts the current revision: kept in history, then replaced by a revision flagged retracted.</summary>
    internal async Task<long> RetractAsync(
        DbConnection connection, DbTransaction transaction, StoredObservation current, Caller caller, DateTimeOffset now, CancellationToken ct)
    {
        var importId = await InsertImportAsync(connection, transaction, caller, ImportKind.Retraction, ImportMode.Upsert, now, new ImportCounts(1, 0, 0, 0, 1), ct);
        await using (var rows = RowStatements.Prepare(connection, transaction, db.Provider))
        {
            await rows.SupersedeAsync(current, ct);
            await rows.FlushAsync(ct);
        }

        await connection.ExecuteAsync(new CommandDefinition(RetractObservation, new
        {
            current.Id,
            Now = now,
            Revision = current.Revision + 1,
            Organisation = db.Dialect.Code(caller.Organisation),
            caller.KeyId,
            ImportId = importId,
        }, transaction, cancellationToken: ct));
        return importId;
    }

    private async Task<long> InsertImportAsync(DbConnection connection, DbTransaction transaction, Caller caller, ImportKind kind,
        ImportMode mode, DateTimeOffset now, ImportCounts counts, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(db.Dialect.InsertReturningId(ImportInto, ImportValues), new
        {
            Organisation = db.Dialect.Code(caller.Organisation),
            caller.KeyId,
            Kind = db.Dialect.Code(kind.ToString().ToLowerInvariant()),
            Mode = db.Dialect.Code(mode == ImportMode.CreateOnly ? "create-only" : "upsert"),
            counts.Received,
            counts.Created,
            counts.Updated,
            counts.Unchanged,
            counts.Retracted,
            Now = now,
        }, transaction, cancellationToken: ct));

    /// <summary>The row statements, prepared once per write: Dapper would parse the same SQL 100,000 times on SQLite.</summary>
    private sealed class RowStatements(BatchedInsert<CurrentRevision> insert, PreparedStatement update, BatchedInsert<StoredObservation> revisions)
        : IAsyncDisposable
    {
        public static RowStatements Prepare(DbConnection connection, DbTransaction transaction, DatabaseProvider provider) => new(
            BatchedInsert<CurrentRevision>.Create(connection, transaction, InsertObservationInto, ObservationColumns, provider),
            PreparedStatement.Create(connection, transaction, UpdateObservation, [.. UpdateColumns.Select(c => c.Parameter)]),
            BatchedInsert<StoredObservation>.Create(connection, transaction, InsertRevisionInto, RevisionColumns, provider));

        /// <summary>A new observation, or a new revision of a stored (or retracted) one, whose revision goes to history first.</summary>
        public async Task WriteAsync(CheckedObservation observation, StoredObservation? current, WriteStamp stamp, CancellationToken ct)
        {
            if (current is null)
            {
                await insert.AddAsync(new CurrentRevision(observation, 1, null, stamp), ct);
                return;
            }

            await SupersedeAsync(current, ct);
            var next = new CurrentRevision(observation, current.Revision + 1, current.Id, stamp);
            foreach (var column in UpdateColumns)
            {
                update.Set(column.Parameter.Name, column.Value(next));
            }

            await update.ExecuteAsync(ct);
        }

        public Task SupersedeAsync(StoredObservation current, CancellationToken ct) => revisions.AddAsync(current, ct);

        public async Task FlushAsync(CancellationToken ct)
        {
            await insert.FlushAsync(ct);
            await revisions.FlushAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            await insert.DisposeAsync();
            await update.DisposeAsync();
            await revisions.DisposeAsync();
        }
    }
}
