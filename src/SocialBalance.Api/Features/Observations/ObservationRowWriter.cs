using System.Data.Common;
using SocialBalance.Api.Infrastructure.Database;
using static SocialBalance.Api.Infrastructure.Database.StatementParameter;

namespace SocialBalance.Api.Features.Observations;

/// <summary>
/// Writes figures and their revisions inside the caller's transaction with three statements prepared once
/// (the SQL is in <see cref="ObservationImportQueries"/>). Every row of an import shares one timestamp, so an
/// import appears in <c>asOf</c> reads all at once or not at all.
/// </summary>
internal sealed class ObservationRowWriter : IAsyncDisposable
{
    private readonly PreparedStatement insert;
    private readonly PreparedStatement update;
    private readonly PreparedStatement revision;
    private readonly Caller caller;
    private readonly long importId;
    private readonly DateTimeOffset now;

    private ObservationRowWriter(PreparedStatement insert, PreparedStatement update, PreparedStatement revision, Caller caller, long importId, DateTimeOffset now)
    {
        this.insert = insert;
        this.update = update;
        this.revision = revision;
        this.caller = caller;
        this.importId = importId;
        this.now = now;
    }

    public static ObservationRowWriter Create(DbConnection connection, DbTransaction transaction, Caller caller, long importId, DateTimeOffset now)
    {
        StatementParameter[] values = [Number("Value"), Number("Numerator"), Number("Denominator"), Code("Status"), Text("Source", 400), Text("Note", 1000), Integer("Revision")];
        StatementParameter[] key = [Code("Indicator"), Code("Area"), Integer("Year")];
        var insert = PreparedStatement.Create(connection, transaction, ObservationImportQueries.InsertObservation,
            [.. key, .. values, Time("Now"), Code("Organisation")]);
        var update = PreparedStatement.Create(connection, transaction, ObservationImportQueries.UpdateObservation,
            [.. values, Time("Now"), Code("Organisation"), Id("Id")]);
        var revision = PreparedStatement.Create(connection, transaction, ObservationImportQueries.InsertRevision,
            [.. key, .. values, Flag("Retracted"), Code("Organisation"), Id("KeyId"), Id("ImportId"), Time("Now")]);
        return new ObservationRowWriter(insert, update, revision, caller, importId, now);
    }

    /// <summary>A new figure, or a new revision of an existing (or retracted) one.</summary>
    public async Task WriteAsync(ValidFigure figure, ExistingFigure? current, CancellationToken ct)
    {
        if (current is { Revision: 0 })
        {
            // A directly loaded figure gets its first state recorded before it changes, so history and asOf see it.
            await RecordAsync(current.IndicatorCode, current.AreaCode, current.Year, 0, current.Value, current.Numerator, current.Denominator,
                current.StatusCode, current.Source, current.Note, retracted: false, organisation: null, keyId: null, import: null, current.UpdatedAt, ct);
        }

        var next = current is null ? 1 : current.Revision + 1;
        var statement = current is null ? insert : update;
        statement.Set("Value", figure.Value).Set("Numerator", figure.Numerator).Set("Denominator", figure.Denominator)
            .Set("Status", ObservationImportQueries.PostedStatus).Set("Source", null).Set("Note", figure.Note)
            .Set("Revision", next).Set("Now", now).Set("Organisation", caller.Organisation);
        if (current is null)
        {
            statement.Set("Indicator", figure.Indicator).Set("Area", figure.Area).Set("Year", figure.Year);
        }
        else
        {
            statement.Set("Id", current.Id);
        }

        await statement.ExecuteAsync(ct);
        await RecordAsync(figure.Indicator, figure.Area, figure.Year, next, figure.Value, figure.Numerator, figure.Denominator,
            ObservationImportQueries.PostedStatus, null, figure.Note, retracted: false, caller.Organisation, caller.KeyId, importId, now, ct);
    }

    /// <summary>The retraction revision: the figure's last content, flagged retracted.</summary>
    public async Task RetractAsync(ExistingFigure current, CancellationToken ct)
    {
        if (current.Revision == 0)
        {
            await RecordAsync(current.IndicatorCode, current.AreaCode, current.Year, 0, current.Value, current.Numerator, current.Denominator,
                current.StatusCode, current.Source, current.Note, retracted: false, organisation: null, keyId: null, import: null, current.UpdatedAt, ct);
        }

        await RecordAsync(current.IndicatorCode, current.AreaCode, current.Year, current.Revision + 1, current.Value, current.Numerator,
            current.Denominator, current.StatusCode, current.Source, current.Note, retracted: true, caller.Organisation, caller.KeyId, importId, now, ct);
    }

    private Task<int> RecordAsync(string indicator, string area, int year, int number, double value, double? numerator, double? denominator,
        string status, string? source, string? note, bool retracted, string? organisation, long? keyId, long? import, DateTimeOffset at, CancellationToken ct) =>
        revision.Set("Indicator", indicator).Set("Area", area).Set("Year", year).Set("Revision", number)
            .Set("Value", value).Set("Numerator", numerator).Set("Denominator", denominator).Set("Status", status)
            .Set("Source", source).Set("Note", note).Set("Retracted", retracted).Set("Organisation", organisation)
            .Set("KeyId", keyId).Set("ImportId", import).Set("Now", at)
            .ExecuteAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await insert.DisposeAsync();
        await update.DisposeAsync();
        await revision.DisposeAsync();
    }
}
