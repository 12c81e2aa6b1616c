using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Common;

public enum CodeTable
{
    EffectGoal,
    Theme,
    Indicator,
    Area,
    AreaKind,
}

/// <summary>Which of some codes exist: the check behind "unknown filter code" answers.</summary>
public sealed class ReferenceCodeQueries(DbConnectionFactory db)
{
    private const string EffectGoals = "SELECT code FROM effect_goal WHERE code IN @Codes";
    private const string Themes = "SELECT code FROM theme WHERE code IN @Codes";
    private const string Indicators = "SELECT code FROM indicator WHERE code IN @Codes";
    private const string Areas = "SELECT code FROM area WHERE code IN @Codes";
    private const string AreaKinds = "SELECT code FROM area_kind WHERE code IN @Codes";

    /// <summary>The codes of <paramref name="codes"/> that do not exist, in the order given.</summary>
    public async Task<IReadOnlyList<string>> FindUnknownAsync(CodeTable table, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var sql = table switch
        {
            CodeTable.EffectGoal => EffectGoals,
            CodeTable.Theme => Themes,
            CodeTable.Indicator => Indicators,
            CodeTable.Area => Areas,
            CodeTable.AreaKind => AreaKinds,
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
        await using var connection = await db.OpenAsync(ct);
        var found = (await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { Codes = db.Dialect.Codes(codes) }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
        return codes.Where(code => !found.Contains(code)).ToList();
    }
}
