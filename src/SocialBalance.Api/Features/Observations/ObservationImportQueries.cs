using System.Data.Common;
using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations;

/// <summary>
/// The write path of figures: load the catalogue once, read the touched figures under lock, then write every
/// row in ONE transaction with prepared statements, so a batch is all-or-nothing and nothing partial is left.
/// Every write locks in one global order, areas sorted by code and then figures sorted by area, indicator and
/// year, so two writes that touch the same figures queue instead of deadlocking; an attempt the database gives
/// up anyway is planned and written again from the start (<see cref="WriteTransactions"/>).
/// </summary>
public sealed class ObservationImportQueries(DbConnectionFactory db, WriteTransactions transactions, TimeProvider clock) : ISqlStatementSource
{
    /// <summary>Figures posted through the API are <c>reported</c>, whoever posts them: <c>official</c> is kept
    /// for figures loaded from official statistics, so a reader can always tell the two apart.</summary>
    public const string PostedStatus = "reported";

    private const string Indicators = "SELECT code, unit, min_value, max_value, decimals FROM indicator";
    private const string Areas = "SELECT code FROM area";
    private const string PermittedAreas = "SELECT area_code FROM organisation_area WHERE organisation_code = @Organisation";

    private const string ExistingColumns = """
        SELECT id, indicator_code, area_code, year, value, numerator, denominator, status_code, source, note,
               revision, retracted_at, organisation_code, api_key_id, import_id, updated_at
        FROM
        """;

    private const string ExistingWhere = "\nWHERE area_code = @Area";
    private const string ExistingOneWhere = "\nWHERE indicator_code = @Indicator AND area_code = @Area AND year = @Year";

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
        Indicators, Areas, PermittedAreas,
        ExistingSql(dialect), ExistingOneSql(dialect),
        dialect.InsertReturningId(ImportInto, ImportValues),
        RetractObservation,
    ];

    private static string ExistingSql(SqlDialect dialect) => ExistingColumns + " " + dialect.LockedForUpdate("observation") + ExistingWhere;

    private static string ExistingOneSql(SqlDialect dialect) => ExistingColumns + " " + dialect.LockedForUpdate("observation") + ExistingOneWhere;

    /// <summary>The catalogue a batch is checked against; one round trip per table, whatever the batch size.</summary>
    internal async Task<WriteContext> LoadContextAsync(Caller caller, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var indicators = (await connection.QueryAsync<IndicatorRule>(new CommandDefinition(Indicators, cancellationToken: ct)))
            .ToDictionary(i => i.Code, StringComparer.Ordinal);
        var areas = (await connection.QueryAsync<string>(new CommandDefinition(Areas, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
        HashSet<string>? permitted = null;
        if (!caller.IsAdmin)
        {
            permitted = (await connection.QueryAsync<string>(new CommandDefinition(
                PermittedAreas, new { Organisation = db.Dialect.Code(caller.Organisation) }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
        }

        return new WriteContext(indicators, areas, permitted, clock.GetUtcNow().Year);
    }

    internal Task<WriteOutcome> WriteAsync(
        IReadOnlyList<ValidFigure> figures, Caller caller, ImportMode mode, ImportKind kind, bool dryRun, CancellationToken ct) =>
        transactions.RunAsync(
            (connection, transaction, token) => WriteAsync(connection, transaction, figures, caller, mode, kind, dryRun, token),
            WriteRetry.TransientOrRaced, ct);

    private async Task<WriteOutcome> WriteAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<ValidFigure> figures, Caller caller, ImportMode mode, ImportKind kind, bool dryRun, CancellationToken ct)
    {
        var existing = await ReadExistingAsync(connection, transaction, figures, ct);

        var conflicts = new List<RowError>();
        var plan = new List<(ValidFigure Figure, ExistingFigure? Existing)>();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var figure in figures)
        {
            existing.TryGetValue((figure.Indicator, figure.Area, figure.Year), out var current);
            if (current is not null && current.SameContent(figure))
            {
                unchanged++;
            }
            else if (current is not null && current.RetractedAt is null && mode == ImportMode.CreateOnly)
            {
                conflicts.Add(new RowError(figure.Row, "year", $"The figure ({figure.Indicator}, {figure.Area}, {figure.Year}) already exists; mode=create-only does not change it."));
            }
            else
            {
                plan.Add((figure, current));
                if (current is null || current.RetractedAt is not null)
                {
                    created++;
                }
                else
                {
                    updated++;
                }
            }
        }

        if (conflicts.Count > 0)
        {
            return new WriteOutcome.Conflict(conflicts);
        }

        if (dryRun)
        {
            return new WriteOutcome.Done(new ImportSummary(null, true, figures.Count, created, updated, unchanged));
        }

        plan.Sort((a, b) => InLockOrder(a.Figure, b.Figure));
        var now = clock.GetUtcNow();
        var importId = await InsertImportAsync(connection, transaction, caller, kind, mode, now, (figures.Count, created, updated, unchanged, 0), ct);
        await using (var writer = ObservationRowWriter.Create(connection, transaction, caller, importId, now, db.Provider))
        {
            foreach (var (figure, current) in plan)
            {
                await writer.WriteAsync(figure, current, ct);
            }

            await writer.FlushAsync(ct);
        }

        return new WriteOutcome.Done(new ImportSummary(importId, false, figures.Count, created, updated, unchanged));
    }

    /// <summary>Retracts the current figure: a revision flagged retracted; reads then leave the figure out.</summary>
    internal Task<RetractionOutcome> RetractAsync(string indicator, string area, int year, Caller caller, CancellationToken ct) =>
        transactions.RunAsync(
            (connection, transaction, token) => RetractAsync(connection, transaction, indicator, area, year, caller, token),
            WriteRetry.TransientOrRaced, ct);

    private async Task<RetractionOutcome> RetractAsync(
        DbConnection connection, DbTransaction transaction, string indicator, string area, int year, Caller caller, CancellationToken ct)
    {
        var current = await connection.QuerySingleOrDefaultAsync<ExistingFigure>(new CommandDefinition(ExistingOneSql(db.Dialect), new
        {
            Indicator = db.Dialect.Code(indicator),
            Area = db.Dialect.Code(area),
            Year = year,
        }, transaction, cancellationToken: ct));
        if (current is null || current.RetractedAt is not null)
        {
            return RetractionOutcome.NotFound;
        }

        if (!caller.IsAdmin && current.OrganisationCode != caller.Organisation)
        {
            return RetractionOutcome.Forbidden;
        }

        var now = clock.GetUtcNow();
        var importId = await InsertImportAsync(connection, transaction, caller, ImportKind.Retraction, ImportMode.Upsert, now, (1, 0, 0, 0, 1), ct);
        await using (var writer = ObservationRowWriter.Create(connection, transaction, caller, importId, now, db.Provider))
        {
            await writer.RetractAsync(current, ct);
            await writer.FlushAsync(ct);
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
        return RetractionOutcome.Retracted;
    }

    /// <summary>
    /// The figures of the touched areas, one locked read per area: an upload covers few areas however many rows,
    /// and an area holds hundreds of figures, not millions. Only the keys in the batch are kept.
    /// </summary>
    private async Task<Dictionary<(string, string, int), ExistingFigure>> ReadExistingAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<ValidFigure> figures, CancellationToken ct)
    {
        var keys = figures.Select(f => (f.Indicator, f.Area, f.Year)).ToHashSet();
        var existing = new Dictionary<(string, string, int), ExistingFigure>();
        foreach (var area in figures.Select(f => f.Area).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var rows = await connection.QueryAsync<ExistingFigure>(new CommandDefinition(ExistingSql(db.Dialect), new
            {
                Area = db.Dialect.Code(area),
            }, transaction, cancellationToken: ct));
            foreach (var row in rows.Where(r => keys.Contains((r.IndicatorCode, r.AreaCode, r.Year))))
            {
                existing[(row.IndicatorCode, row.AreaCode, row.Year)] = row;
            }
        }

        return existing;
    }

    private static int InLockOrder(ValidFigure a, ValidFigure b)
    {
        var order = string.CompareOrdinal(a.Area, b.Area);
        order = order != 0 ? order : string.CompareOrdinal(a.Indicator, b.Indicator);
        return order != 0 ? order : a.Year.CompareTo(b.Year);
    }

    private async Task<long> InsertImportAsync(DbConnection connection, DbTransaction transaction, Caller caller, ImportKind kind,
        ImportMode mode, DateTimeOffset now, (int Received, int Created, int Updated, int Unchanged, int Retracted) counts, CancellationToken ct) =>
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
}
