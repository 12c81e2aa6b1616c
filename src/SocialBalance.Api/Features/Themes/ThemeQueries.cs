using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Themes;

public sealed class ThemeQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Columns = """
        SELECT t.code, t.name_da, t.name_en, g.code AS effect_goal_code,
               g.name_da AS effect_goal_name_da, g.name_en AS effect_goal_name_en
        FROM theme t
        JOIN effect_goal g ON g.code = t.effect_goal_code
        """;

    private static string AllThemes(SqlDialect dialect) => Columns + $"\nORDER BY t.sort_order, {dialect.CodeOrder("t.code")}";

    private static string ThemesOfGoal(SqlDialect dialect) => Columns + $"\nWHERE t.effect_goal_code = @EffectGoal\nORDER BY t.sort_order, {dialect.CodeOrder("t.code")}";

    private const string OneTheme = Columns + "\nWHERE t.code = @Code";

    private static string IndicatorsOfTheme(SqlDialect dialect) => $"""
        SELECT code, name_da, name_en, unit, direction
        FROM indicator
        WHERE theme_code = @Code
        ORDER BY sort_order, {dialect.CodeOrder("code")}
        """;

    /// <summary>Fixed statements only: nothing here is composed from the request.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect) => [AllThemes(dialect), ThemesOfGoal(dialect), OneTheme, IndicatorsOfTheme(dialect)];

    public async Task<IReadOnlyList<ThemeSummary>> ListAsync(string? effectGoal, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var command = effectGoal is null
            ? new CommandDefinition(AllThemes(db.Dialect), cancellationToken: ct)
            : new CommandDefinition(ThemesOfGoal(db.Dialect), new { EffectGoal = db.Dialect.Code(effectGoal) }, cancellationToken: ct);
        var rows = await connection.QueryAsync<ThemeRow>(command);
        return rows.Select(r => r.ToSummary()).ToList();
    }

    public async Task<ThemeResponse?> FindAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var parameters = new { Code = db.Dialect.Code(code) };
        var theme = await connection.QuerySingleOrDefaultAsync<ThemeRow>(new CommandDefinition(OneTheme, parameters, cancellationToken: ct));
        if (theme is null)
        {
            return null;
        }

        var indicators = await connection.QueryAsync<ThemeIndicatorRow>(new CommandDefinition(IndicatorsOfTheme(db.Dialect), parameters, cancellationToken: ct));
        var summary = theme.ToSummary();
        return new ThemeResponse(
            summary.Code,
            summary.Name,
            summary.EffectGoal,
            indicators.Select(i => new ThemeIndicator(i.Code, new(i.NameDa, i.NameEn), i.Unit, i.Direction)).ToList());
    }
}
