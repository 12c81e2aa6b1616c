using Dapper;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.EffectGoals;

public sealed class EffectGoalQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private static string AllGoals(SqlDialect dialect) => $"""
        SELECT code, name_da, name_en
        FROM effect_goal
        ORDER BY sort_order, {dialect.CodeOrder("code")}
        """;

    private const string OneGoal = """
        SELECT code, name_da, name_en
        FROM effect_goal
        WHERE code = @Code
        """;

    private static string ThemesOfAllGoals(SqlDialect dialect) => $"""
        SELECT effect_goal_code, code, name_da, name_en
        FROM theme
        ORDER BY sort_order, {dialect.CodeOrder("code")}
        """;

    private static string ThemesOfOneGoal(SqlDialect dialect) => $"""
        SELECT effect_goal_code, code, name_da, name_en
        FROM theme
        WHERE effect_goal_code = @Code
        ORDER BY sort_order, {dialect.CodeOrder("code")}
        """;

    /// <summary>Fixed statements only: nothing here is composed at run time.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect) => [AllGoals(dialect), OneGoal, ThemesOfAllGoals(dialect), ThemesOfOneGoal(dialect)];

    public async Task<IReadOnlyList<EffectGoalResponse>> ListAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var goals = await connection.QueryAsync<EffectGoalRow>(new CommandDefinition(AllGoals(db.Dialect), cancellationToken: ct));
        var themes = await connection.QueryAsync<GoalThemeRow>(new CommandDefinition(ThemesOfAllGoals(db.Dialect), cancellationToken: ct));
        return Assemble(goals, themes);
    }

    public async Task<EffectGoalResponse?> FindAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var parameters = new { Code = db.Dialect.Code(code) };
        var goals = await connection.QueryAsync<EffectGoalRow>(new CommandDefinition(OneGoal, parameters, cancellationToken: ct));
        var themes = await connection.QueryAsync<GoalThemeRow>(new CommandDefinition(ThemesOfOneGoal(db.Dialect), parameters, cancellationToken: ct));
        return Assemble(goals, themes).SingleOrDefault();
    }

    private static List<EffectGoalResponse> Assemble(IEnumerable<EffectGoalRow> goals, IEnumerable<GoalThemeRow> themes)
    {
        var byGoal = themes.ToLookup(t => t.EffectGoalCode, StringComparer.Ordinal);
        return goals
            .Select(g => new EffectGoalResponse(
                g.Code,
                new LocalizedText(g.NameDa, g.NameEn),
                byGoal[g.Code].Select(t => new CodeAndName(t.Code, new LocalizedText(t.NameDa, t.NameEn))).ToList()))
            .ToList();
    }
}
