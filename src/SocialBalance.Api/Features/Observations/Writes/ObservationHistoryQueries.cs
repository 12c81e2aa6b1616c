using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>One revision of a figure.</summary>
/// <param name="Revision">1, 2, … in the order written; 0 is a figure's state as loaded before its first write.</param>
/// <param name="Value">The value of this revision (for a retraction: the value retracted).</param>
/// <param name="Numerator">The count behind a share, where given.</param>
/// <param name="Denominator">The population behind a share, where given.</param>
/// <param name="Status"><c>official</c>, <c>reported</c> or <c>illustrative</c>.</param>
/// <param name="Source">Where the figure comes from, where known.</param>
/// <param name="Note">A remark on the figure.</param>
/// <param name="Retracted">True when this revision retracted the figure.</param>
/// <param name="Organisation">The organisation that wrote this revision; null for revision 0.</param>
/// <param name="ImportId">The import that wrote it (see /api/v1/imports/{id}); null for revision 0.</param>
/// <param name="RecordedAt">When it was written (UTC).</param>
public sealed record ObservationRevisionResponse(
    int Revision,
    double Value,
    double? Numerator,
    double? Denominator,
    [ClosedVocabulary(typeof(ObservationStatuses), "ObservationStatus")] string Status,
    string? Source,
    string? Note,
    bool Retracted,
    string? Organisation,
    long? ImportId,
    DateTimeOffset RecordedAt);

/// <summary>Every revision of one figure, oldest first.</summary>
public sealed record ObservationHistoryResponse(string Indicator, string Area, int Year, IReadOnlyList<ObservationRevisionResponse> Revisions);

public sealed class ObservationHistoryQueries(DbConnectionFactory db) : ISqlStatementSource
{
    // The superseded revisions, and the current one, which lives in observation.
    private const string History = """
        SELECT revision, value, numerator, denominator, status_code, source, note, retracted, organisation_code, import_id, recorded_at
        FROM observation_revision
        WHERE indicator_code = @Indicator AND area_code = @Area AND year = @Year
        UNION ALL
        SELECT revision, value, numerator, denominator, status_code, source, note,
               CASE WHEN retracted_at IS NULL THEN @False ELSE @True END, organisation_code, import_id, updated_at
        FROM observation
        WHERE indicator_code = @Indicator AND area_code = @Area AND year = @Year
        ORDER BY revision
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) => [History];

    public async Task<ObservationHistoryResponse?> FindAsync(string indicator, string area, int year, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = (await connection.QueryAsync<RevisionRow>(new CommandDefinition(History, new
        {
            Indicator = db.Dialect.Code(indicator),
            Area = db.Dialect.Code(area),
            Year = year,
            False = false,
            True = true,
        }, cancellationToken: ct))).ToList();
        return rows.Count == 0
            ? null
            : new ObservationHistoryResponse(indicator, area, year, rows.Select(r => r.ToResponse()).ToList());
    }

    private sealed class RevisionRow
    {
        public int Revision { get; init; }
        public double Value { get; init; }
        public double? Numerator { get; init; }
        public double? Denominator { get; init; }
        public string StatusCode { get; init; } = "";
        public string? Source { get; init; }
        public string? Note { get; init; }
        public bool Retracted { get; init; }
        public string? OrganisationCode { get; init; }
        public long? ImportId { get; init; }
        public DateTimeOffset RecordedAt { get; init; }

        public ObservationRevisionResponse ToResponse() =>
            new(Revision, Value, Numerator, Denominator, StatusCode, Source, Note, Retracted, OrganisationCode, ImportId, RecordedAt);
    }
}
