using System.Data.Common;
using Dapper;
using SocialBalance.Api.Features.Indicators;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>An observation as it stands, read under lock before it is written.</summary>
internal sealed class StoredObservation
{
    public long Id { get; init; }
    public string IndicatorCode { get; init; } = "";
    public string AreaCode { get; init; } = "";
    public int Year { get; init; }
    public double Value { get; init; }
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }
    public string StatusCode { get; init; } = "";
    public string? Source { get; init; }
    public string? Note { get; init; }
    public int Revision { get; init; }
    public DateTimeOffset? RetractedAt { get; init; }
    public string? OrganisationCode { get; init; }
    public long? ApiKeyId { get; init; }
    public long? ImportId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool Stands => RetractedAt is null;

    public bool SameContent(CheckedObservation observation) =>
        Stands && Value.Equals(observation.Value) && Numerator.Equals(observation.Numerator)
        && Denominator.Equals(observation.Denominator) && string.Equals(Note, observation.Note, StringComparison.Ordinal);
}

/// <summary>
/// What a write reads, inside its one transaction (<see cref="ObservationImporter"/>): the catalogue its rows are
/// checked against, the key's permissions, and the touched observations, read under lock. Locks are taken in one
/// global order: the key's permissions, then areas sorted by code, then observations sorted by area, indicator and
/// year, so two writes that touch the same observations queue instead of deadlocking. What it writes is
/// <see cref="ObservationWriter"/>'s.
/// </summary>
public sealed class ObservationWriteQueries(DbConnectionFactory db) : ISqlStatementSource
{
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

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
    [
        Indicators, Areas, PermittedAreas(dialect), GrantedIndicators(dialect),
        ExistingSql(dialect), ExistingOneSql(dialect),
    ];

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
    /// The observations of the touched areas, one locked read per area in code order: an upload covers few areas however
    /// many rows, and an area holds hundreds of observations, not millions. Only the keys in the batch are kept.
    /// </summary>
    internal async Task<Dictionary<(string, string, int), StoredObservation>> ReadStoredAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<CheckedObservation> figures, CancellationToken ct)
    {
        var keys = figures.Select(f => (f.Indicator, f.Area, f.Year)).ToHashSet();
        var existing = new Dictionary<(string, string, int), StoredObservation>();
        foreach (var area in figures.Select(f => f.Area).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var rows = await connection.QueryAsync<StoredObservation>(new CommandDefinition(ExistingSql(db.Dialect), new
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

    /// <summary>One observation as it stands, read under lock; null when it was never written.</summary>
    internal Task<StoredObservation?> ReadOneAsync(DbConnection connection, DbTransaction transaction, string indicator, string area, int year, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<StoredObservation>(new CommandDefinition(ExistingOneSql(db.Dialect), new
        {
            Indicator = db.Dialect.Code(indicator),
            Area = db.Dialect.Code(area),
            Year = year,
        }, transaction, cancellationToken: ct));
}
