using SocialBalance.Api.Features.Observations.Reads;
using SocialBalance.Api.Infrastructure.Database;
using static SocialBalance.Api.Infrastructure.Database.StatementParameter;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>
/// The row statements of the write path, which <see cref="ObservationRowWriter"/> prepares once per import:
/// inserting a figure (one row, or a chunk of rows on SQL Server), replacing its current revision, and keeping a
/// superseded revision.
/// </summary>
public sealed class ObservationRowQueries : ISqlStatementSource
{
    internal const string InsertObservationInto = """
        INSERT INTO observation (indicator_code, area_code, year, value, numerator, denominator, status_code, source, note, updated_at,
                                 revision, organisation_code, api_key_id, import_id)
        """;

    /// <summary>The VALUES tuple of <see cref="InsertObservationInto"/>, in column order.</summary>
    internal static readonly StatementParameter[] ObservationRow =
    [
        Code("Indicator"), Code("Area"), Integer("Year"), Number("Value"), Number("Numerator"), Number("Denominator"),
        Code("Status"), Text("Source", 400), Text("Note", 1000), Time("Now"), Integer("Revision"), Code("Organisation"),
        Id("KeyId"), Id("ImportId"),
    ];

    internal const string UpdateObservation = """
        UPDATE observation
        SET value = @Value, numerator = @Numerator, denominator = @Denominator, status_code = @Status, source = @Source,
            note = @Note, updated_at = @Now, revision = @Revision, retracted_at = NULL, organisation_code = @Organisation,
            api_key_id = @KeyId, import_id = @ImportId
        WHERE id = @Id
        """;

    /// <summary>The parameters of <see cref="UpdateObservation"/>.</summary>
    internal static readonly StatementParameter[] UpdateParameters =
    [
        Number("Value"), Number("Numerator"), Number("Denominator"), Code("Status"), Text("Source", 400), Text("Note", 1000),
        Integer("Revision"), Time("Now"), Code("Organisation"), Id("KeyId"), Id("ImportId"), Id("Id"),
    ];

    internal const string InsertRevisionInto = """
        INSERT INTO observation_revision (indicator_code, area_code, year, revision, value, numerator, denominator, status_code,
                                          source, note, retracted, organisation_code, api_key_id, import_id, recorded_at)
        """;

    /// <summary>The VALUES tuple of <see cref="InsertRevisionInto"/>, in column order.</summary>
    internal static readonly StatementParameter[] RevisionRow =
    [
        Code("Indicator"), Code("Area"), Integer("Year"), Integer("Revision"), Number("Value"), Number("Numerator"), Number("Denominator"),
        Code("Status"), Text("Source", 400), Text("Note", 1000), Flag("Retracted"), Code("Organisation"), Id("KeyId"), Id("ImportId"), Time("Now"),
    ];

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
    [
        UpdateObservation,
        BatchedInsert.Sql(InsertObservationInto, ObservationRow, 1),
        BatchedInsert.Sql(InsertObservationInto, ObservationRow, BatchedInsert.ChunkFor(ObservationRow.Length, dialect.Provider)),
        BatchedInsert.Sql(InsertRevisionInto, RevisionRow, 1),
        BatchedInsert.Sql(InsertRevisionInto, RevisionRow, BatchedInsert.ChunkFor(RevisionRow.Length, dialect.Provider)),
    ];
}
