using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Indicators;

public sealed class IndicatorQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Columns = """
        SELECT i.code, i.name_da, i.name_en, i.definition_da, i.definition_en,
               t.code AS theme_code, t.name_da AS theme_name_da, t.name_en AS theme_name_en,
               i.unit, i.direction, i.min_value, i.max_value, i.decimals, i.source, i.supplier
        FROM indicator i
        JOIN theme t ON t.code = i.theme_code
        """;

    private static string AllIndicators(SqlDialect dialect) => Columns + $"\nORDER BY i.sort_order, {dialect.CodeOrder("i.code")}";

    private static string IndicatorsOfTheme(SqlDialect dialect) => Columns + $"\nWHERE i.theme_code = @Theme\nORDER BY i.sort_order, {dialect.CodeOrder("i.code")}";

    private const string OneIndicator = Columns + "\nWHERE i.code = @Code";

    /// <summary>Fixed statements only: nothing here is composed at run time.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect) => [AllIndicators(dialect), IndicatorsOfTheme(dialect), OneIndicator];

    public async Task<IReadOnlyList<IndicatorResponse>> ListAsync(string? theme, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var command = theme is null
            ? new CommandDefinition(AllIndicators(db.Dialect), cancellationToken: ct)
            : new CommandDefinition(IndicatorsOfTheme(db.Dialect), new { Theme = db.Dialect.Code(theme) }, cancellationToken: ct);
        var rows = await connection.QueryAsync<IndicatorRow>(command);
        return rows.Select(r => r.ToResponse()).ToList();
    }

    public async Task<IndicatorResponse?> FindAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<IndicatorRow>(
            new CommandDefinition(OneIndicator, new { Code = db.Dialect.Code(code) }, cancellationToken: ct));
        return row?.ToResponse();
    }
}
