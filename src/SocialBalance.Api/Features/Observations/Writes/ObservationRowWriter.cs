using System.Data.Common;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>
/// Writes figures inside the caller's transaction with statements prepared once (the SQL is in
/// <see cref="ObservationRowQueries"/>). A new figure is one row in observation (its revision 1); a change first
/// copies the current revision to observation_revision, then replaces it. Every row of an import shares one
/// timestamp, so an import appears in <c>asOf</c> reads all at once or not at all. Call <see cref="FlushAsync"/>
/// before committing.
/// </summary>
internal sealed class ObservationRowWriter : IAsyncDisposable
{
    private readonly BatchedInsert insert;
    private readonly PreparedStatement update;
    private readonly BatchedInsert revision;
    private readonly Caller caller;
    private readonly long importId;
    private readonly DateTimeOffset now;

    private ObservationRowWriter(BatchedInsert insert, PreparedStatement update, BatchedInsert revision, Caller caller, long importId, DateTimeOffset now)
    {
        this.insert = insert;
        this.update = update;
        this.revision = revision;
        this.caller = caller;
        this.importId = importId;
        this.now = now;
    }

    public static ObservationRowWriter Create(DbConnection connection, DbTransaction transaction, Caller caller, long importId, DateTimeOffset now, DatabaseProvider provider)
    {
        var insert = BatchedInsert.Create(connection, transaction, ObservationRowQueries.InsertObservationInto, ObservationRowQueries.ObservationRow, provider);
        var update = PreparedStatement.Create(connection, transaction, ObservationRowQueries.UpdateObservation, ObservationRowQueries.UpdateParameters);
        var revision = BatchedInsert.Create(connection, transaction, ObservationRowQueries.InsertRevisionInto, ObservationRowQueries.RevisionRow, provider);
        return new ObservationRowWriter(insert, update, revision, caller, importId, now);
    }

    /// <summary>A new figure, or a new revision of an existing (or retracted) one.</summary>
    public async Task WriteAsync(CheckedObservation figure, StoredObservation? current, CancellationToken ct)
    {
        if (current is not null)
        {
            await SupersedeAsync(current, ct);
        }

        var next = current is null ? 1 : current.Revision + 1;
        if (current is null)
        {
            // In ObservationRow order.
            await insert.AddAsync(
            [
                figure.Indicator, figure.Area, figure.Year, figure.Value, figure.Numerator, figure.Denominator,
                ObservationWriteQueries.PostedStatus, null, figure.Note, now, next, caller.Organisation, caller.KeyId, importId,
            ], ct);
        }
        else
        {
            await update.Set("Value", figure.Value).Set("Numerator", figure.Numerator).Set("Denominator", figure.Denominator)
                .Set("Status", ObservationWriteQueries.PostedStatus).Set("Source", null).Set("Note", figure.Note)
                .Set("Revision", next).Set("Now", now).Set("Organisation", caller.Organisation).Set("KeyId", caller.KeyId)
                .Set("ImportId", importId).Set("Id", current.Id)
                .ExecuteAsync(ct);
        }
    }

    /// <summary>Keeps the current revision in history before the retraction (an UPDATE by the caller) replaces it.</summary>
    public Task RetractAsync(StoredObservation current, CancellationToken ct) => SupersedeAsync(current, ct);

    public async Task FlushAsync(CancellationToken ct)
    {
        await insert.FlushAsync(ct);
        await revision.FlushAsync(ct);
    }

    /// <summary>Copies the current revision, as it is, into history (in RevisionRow order).</summary>
    private Task SupersedeAsync(StoredObservation c, CancellationToken ct) =>
        revision.AddAsync(
        [
            c.IndicatorCode, c.AreaCode, c.Year, c.Revision, c.Value, c.Numerator, c.Denominator, c.StatusCode, c.Source, c.Note,
            c.RetractedAt is not null, c.OrganisationCode, c.ApiKeyId, c.ImportId, c.UpdatedAt,
        ], ct);

    public async ValueTask DisposeAsync()
    {
        await insert.DisposeAsync();
        await update.DisposeAsync();
        await revision.DisposeAsync();
    }
}
