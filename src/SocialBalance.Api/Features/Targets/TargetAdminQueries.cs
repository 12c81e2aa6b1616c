using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Targets;

/// <summary>Creating and changing targets (admin keys only). Reads the primary, so an edit sees the latest version.</summary>
public sealed class TargetAdminQueries(DbConnectionFactory db, TimeProvider clock) : ISqlStatementSource
{
    private const string Get = """
        SELECT id, indicator_code, area_code, baseline_year, target_year, kind, target_value, remaining_share,
               reference_area_code, note_da, note_en, updated_at, version
        FROM indicator_target
        WHERE id = @Id
        """;

    private const string Into = """
        INSERT INTO indicator_target (indicator_code, area_code, baseline_year, target_year, kind, target_value,
                                      remaining_share, reference_area_code, note_da, note_en, created_at, updated_at, version)
        """;

    private const string Values = """
        VALUES (@Indicator, @Area, @BaselineYear, @TargetYear, @Kind, @TargetValue,
                @RemainingShare, @ReferenceArea, @NoteDa, @NoteEn, @Now, @Now, 1)
        """;

    private const string Update = """
        UPDATE indicator_target
        SET indicator_code = @Indicator, area_code = @Area, baseline_year = @BaselineYear, target_year = @TargetYear,
            kind = @Kind, target_value = @TargetValue, remaining_share = @RemainingShare, reference_area_code = @ReferenceArea,
            note_da = @NoteDa, note_en = @NoteEn, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version
        """;

    // The unique key (indicator, area, target year), minus the target being changed.
    private const string SameKey = """
        SELECT id
        FROM indicator_target
        WHERE indicator_code = @Indicator AND area_code = @Area AND target_year = @TargetYear AND id <> @Id
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) => [Get, dialect.InsertReturningId(Into, Values), Update, SameKey];

    public async Task<TargetRecord?> GetAsync(int id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<TargetRecordRow>(new CommandDefinition(Get, new { Id = id }, cancellationToken: ct));
        return row?.ToRecord();
    }

    /// <summary>The id of another target with the same indicator, area and target year, if there is one.</summary>
    public async Task<int?> FindSameKeyAsync(TargetRequest request, int? exceptId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QueryFirstOrDefaultAsync<int?>(new CommandDefinition(SameKey, new
        {
            Indicator = db.Dialect.Code(request.Indicator),
            Area = db.Dialect.Code(request.Area),
            request.TargetYear,
            Id = exceptId ?? 0,
        }, cancellationToken: ct));
    }

    /// <summary>Creates the target at version 1 and answers its id; a duplicate key is a constraint violation (409).</summary>
    public async Task<int> CreateAsync(TargetRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            db.Dialect.InsertReturningId(Into, Values), Parameters(0, request, 0), cancellationToken: ct));
    }

    /// <summary>Replaces the target's content if it is still at <paramref name="version"/>.</summary>
    public async Task<bool> UpdateAsync(int id, TargetRequest request, int version, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(Update, Parameters(id, request, version), cancellationToken: ct)) == 1;
    }

    private object Parameters(int id, TargetRequest r, int version) => new
    {
        Id = id,
        Indicator = db.Dialect.Code(r.Indicator),
        Area = db.Dialect.Code(r.Area),
        r.BaselineYear,
        r.TargetYear,
        Kind = db.Dialect.Code(r.Kind),
        TargetValue = r.Kind == TargetRequest.ValueKind ? r.TargetValue : null,
        RemainingShare = r.Kind == TargetRequest.GapKind ? r.RemainingShare : null,
        // A plain string, as in TargetQueries.InsertAsync: it may be null, and a written column needs no index lookup.
        ReferenceArea = r.EffectiveReferenceArea,
        NoteDa = r.Note?.Da,
        NoteEn = r.Note?.En,
        Now = clock.GetUtcNow(),
        Version = version,
    };
}
