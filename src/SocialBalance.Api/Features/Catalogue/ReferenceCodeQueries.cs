using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Catalogue;

public enum CodeTable
{
    EffectGoal,
    Theme,
    Indicator,
    Area,
    AreaKind,
    Organisation,
}

/// <summary>
/// Which of some codes exist: the check behind "unknown code" answers. Indicators and areas known to the kept
/// catalogue are known (codes are never deleted); any other code is looked up on the primary, not a replica, so a
/// code created a moment ago, through any instance, is already known to the reads and writes that use it.
/// </summary>
public sealed class ReferenceCodeQueries(DbConnectionFactory db, IKeptCatalogue catalogues) : ISqlStatementSource
{
    private const string EffectGoals = "SELECT code FROM effect_goal WHERE code IN @Codes";
    private const string Themes = "SELECT code FROM theme WHERE code IN @Codes";
    private const string Indicators = "SELECT code FROM indicator WHERE code IN @Codes";
    private const string Areas = "SELECT code FROM area WHERE code IN @Codes";
    private const string AreaKinds = "SELECT code FROM area_kind WHERE code IN @Codes";
    private const string Organisations = "SELECT code FROM organisation WHERE code IN @Codes";

    /// <summary>One lookup per code table, chosen the same way as at run time.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect) => Enum.GetValues<CodeTable>().Select(ExistingCodes);

    /// <summary>The codes of <paramref name="codes"/> that do not exist, in the order given.</summary>
    public async Task<IReadOnlyList<string>> FindUnknownAsync(CodeTable table, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        if (codes.Count == 0 || (table is CodeTable.Indicator or CodeTable.Area && await AllKnownAsync(table, codes, ct)))
        {
            return [];
        }

        var sql = ExistingCodes(table);
        await using var connection = await db.OpenAsync(ct);
        var found = (await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { Codes = db.Dialect.Codes(codes) }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
        return codes.Where(code => !found.Contains(code)).ToList();
    }

    private async Task<bool> AllKnownAsync(CodeTable table, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var catalogue = await catalogues.LoadCatalogueAsync(ct);
        return table == CodeTable.Indicator
            ? codes.All(code => catalogue.IndicatorRank(code) is not null)
            : codes.All(code => catalogue.AreaRank(code) is not null);
    }

    /// <summary>The lookup for one code table: the runtime and <see cref="Statements"/> both choose here.</summary>
    private static string ExistingCodes(CodeTable table) => table switch
    {
        CodeTable.EffectGoal => EffectGoals,
        CodeTable.Theme => Themes,
        CodeTable.Indicator => Indicators,
        CodeTable.Area => Areas,
        CodeTable.AreaKind => AreaKinds,
        CodeTable.Organisation => Organisations,
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };
}
