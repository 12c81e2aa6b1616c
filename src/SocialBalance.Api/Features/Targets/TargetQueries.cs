using Dapper;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Targets;

public sealed class TargetQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Select = """
        SELECT t.id, t.indicator_code, i.name_da AS indicator_name_da, i.name_en AS indicator_name_en,
               t.area_code, a.name_da AS area_name_da, a.name_en AS area_name_en,
               t.baseline_year, t.target_year, t.kind, t.target_value, t.remaining_share,
               t.reference_area_code, r.name_da AS reference_name_da, r.name_en AS reference_name_en,
               t.note_da, t.note_en, t.updated_at
        FROM indicator_target t
        JOIN indicator i ON i.code = t.indicator_code
        JOIN area a ON a.code = t.area_code
        LEFT JOIN area r ON r.code = t.reference_area_code
        """;

    // Catalogue order, as in every other list; the id breaks ties the same way on both databases.
    private const string Order = "\nORDER BY i.sort_order, a.sort_order, t.target_year, t.id";

    private const string ById = Select + "\nWHERE t.id = @Id";

    private const string ByIndicators = "t.indicator_code IN @Indicators";

    private const string ByAreas = "t.area_code IN @Areas";

    private const string CountAll = "SELECT COUNT(*) FROM indicator_target";

    private const string Insert = """
        INSERT INTO indicator_target (indicator_code, area_code, baseline_year, target_year, kind, target_value,
                                      remaining_share, reference_area_code, note_da, note_en, created_at, updated_at)
        VALUES (@IndicatorCode, @AreaCode, @BaselineYear, @TargetYear, @Kind, @TargetValue,
                @RemainingShare, @ReferenceAreaCode, @NoteDa, @NoteEn, @Now, @Now)
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
    [
        Select + Order,
        Select + "\nWHERE " + ByIndicators + Order,
        Select + "\nWHERE " + ByAreas + Order,
        Select + "\nWHERE " + ByIndicators + " AND " + ByAreas + Order,
        ById,
        CountAll,
        Insert,
    ];

    public async Task<IReadOnlyList<TargetResponse>> ListAsync(TargetListQuery query, CancellationToken ct)
    {
        var conditions = new List<string>();
        var indicators = CodeList.Parse(query.Indicator);
        var areas = CodeList.Parse(query.Area);
        if (indicators.Count > 0)
        {
            conditions.Add(ByIndicators);
        }

        if (areas.Count > 0)
        {
            conditions.Add(ByAreas);
        }

        var sql = Select + (conditions.Count > 0 ? "\nWHERE " + string.Join(" AND ", conditions) : "") + Order;
        await using var connection = await db.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<TargetRow>(new CommandDefinition(
            sql,
            new { Indicators = db.Dialect.Codes(indicators).ToList(), Areas = db.Dialect.Codes(areas).ToList() },
            cancellationToken: ct));
        return rows.Select(r => r.ToResponse()).ToList();
    }

    public async Task<TargetResponse?> FindAsync(int id, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<TargetRow>(new CommandDefinition(ById, new { Id = id }, cancellationToken: ct));
        return row?.ToResponse();
    }

    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountAll, cancellationToken: ct));
    }

    public async Task InsertAsync(IEnumerable<NewTarget> targets, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var t in targets)
        {
            await connection.ExecuteAsync(new CommandDefinition(Insert, new
            {
                // Plain strings: an insert uses no index lookups, and a null reference must stay a plain null.
                t.IndicatorCode,
                t.AreaCode,
                t.BaselineYear,
                t.TargetYear,
                Kind = t.Kind == TargetKind.Gap ? "gap" : "value",
                t.TargetValue,
                t.RemainingShare,
                t.ReferenceAreaCode,
                t.NoteDa,
                t.NoteEn,
                Now = now,
            }, transaction, cancellationToken: ct));
        }

        await transaction.CommitAsync(ct);
    }
}
