using System.Data.Common;
using Dapper;
using SocialBalance.Api.Features.Indicators;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations;

/// <summary>
/// The SQL of the write path, every statement run inside the write's one transaction (<see cref="ObservationImporter"/>):
/// the catalogue and the key's permissions, the touched figures read under lock, the import record and the retraction.
/// Locks are taken in one global order: the key's permissions, then areas sorted by code, then figures sorted by area,
/// indicator and year, so two writes that touch the same figures queue instead of deadlocking.
/// </summary>
public sealed class ObservationImportQueries(DbConnectionFactory db) : ISqlStatementSource
{
    /// <summary>Figures posted through the API are <c>reported</c>, whoever posts them: <c>official</c> is kept
    /// for figures loaded from official statistics, so a reader can always tell the two apart.</summary>
    public const string PostedStatus = ObservationStatuses.Reported;

    private const string Indicators = "SELECT code, unit, min_value, max_value, decimals FROM indicator";
    private const string Areas = "SELECT code FROM area";

    // Shared locks held to commit: an administrator withdrawing a link or a grant waits for the writes using it.
    private static string PermittedAreas(SqlDialect dialect) =>
        $"SELECT area_code FROM {dialect.LockedForShare("organisation_area")} WHERE organisation_code = @Organisation";

    // An official source is never reported by an organisation, whatever grants exist.
    private static string GrantedIndicators(SqlDialect dialect) => $"""
        SELECT indicator_code FROM {dialect.LockedForShare("organisation_indicator")}
        WHERE organisation_code = @Organisation
          AND indicator_code NOT IN (SELECT code FROM indicator WHERE supplier IN @Official)
        """;

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
        Indicators, Areas, PermittedAreas(dialect), GrantedIndicators(dialect),
        ExistingSql(dialect), ExistingOneSql(dialect),
        dialect.InsertReturningId(ImportInto, ImportValues),
        RetractObservation,
    ];

    internal DatabaseProvider Provider => db.Provider;

    private static string ExistingSql(SqlDialect dialect) => ExistingColumns + " " + dialect.LockedForUpdate("observation") + ExistingWhere;

    private static string ExistingOneSql(SqlDialect dialect) => ExistingColumns + " " + dialect.LockedForUpdate("observation") + ExistingOneWhere;

    /// <summary>The catalogue a batch is checked against and the key's permissions; one round trip per table, whatever the batch size.</summary>
    internal async Task<WriteContext> LoadContextAsync(DbConnection connection, DbTransaction transaction, Caller caller, DateTimeOffset now, CancellationToken ct)
    {
        var indicators = (await connection.QueryAsync<IndicatorRule>(new CommandDefinition(Indicators, transaction: transaction, cancellationToken: ct)))
            .ToDictionary(i => i.Code, StringComparer.Ordinal);
        var areas = (await connection.QueryAsync<string>(new CommandDefinition(Areas, transaction: transaction, cancellationToken: ct)))
            .ToHashSet(StringComparer.Ordinal);
        return new WriteContext(indicators, areas, await LoadPermissionsAsync(connection, transaction, caller, ct), now.Year);
    }

    /// <summary>What the key may write; null for an admin key, which may write everything.</summary>
    internal async Task<ReporterPermissions?> LoadPermissionsAsync(DbConnection connection, DbTransaction transaction, Caller caller, CancellationToken ct)
    {
        if (caller.IsAdmin)
        {
            return null;
        }

        var parameters = new { Organisation = db.Dialect.Code(caller.Organisation), Official = db.Dialect.Codes(IndicatorSuppliers.Official) };
        var areas = await connection.QueryAsync<string>(new CommandDefinition(PermittedAreas(db.Dialect), parameters, transaction, cancellationToken: ct));
        var indicators = await connection.QueryAsync<string>(new CommandDefinition(GrantedIndicators(db.Dialect), parameters, transaction, cancellationToken: ct));
        return new ReporterPermissions(areas.ToHashSet(StringComparer.Ordinal), indicators.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The figures of the touched areas, one locked read per area in code order: an upload covers few areas however
    /// many rows, and an area holds hundreds of figures, not millions. Only the keys in the batch are kept.
    /// </summary>
    internal async Task<Dictionary<(string, string, int), ExistingFigure>> ReadExistingAsync(
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

    /// <summary>One figure as it stands, read under lock; null when it was never written.</summary>
    internal Task<ExistingFigure?> ReadOneAsync(DbConnection connection, DbTransaction transaction, string indicator, string area, int year, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<ExistingFigure>(new CommandDefinition(ExistingOneSql(db.Dialect), new
        {
            Indicator = db.Dialect.Code(indicator),
            Area = db.Dialect.Code(area),
            Year = year,
        }, transaction, cancellationToken: ct));

    /// <summary>Makes the retraction the figure's current revision (its previous one is kept by the row writer).</summary>
    internal Task RetractAsync(DbConnection connection, DbTransaction transaction, ExistingFigure current, Caller caller, long importId, DateTimeOffset now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(RetractObservation, new
        {
            current.Id,
            Now = now,
            Revision = current.Revision + 1,
            Organisation = db.Dialect.Code(caller.Organisation),
            caller.KeyId,
            ImportId = importId,
        }, transaction, cancellationToken: ct));

    internal async Task<long> InsertImportAsync(DbConnection connection, DbTransaction transaction, Caller caller, ImportKind kind,
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
