using SocialBalance.Analysis;

namespace SocialBalance.Api.Features.Catalogue;

/// <summary>
/// An indicator as the calculations need it: theme, direction, valid range, and the decimals of its figures, which
/// set the precision of its derived numbers (<see cref="DerivedPrecision"/>).
/// </summary>
public sealed record IndicatorInfo(
    string Code, LocalizedText Name, string ThemeCode, string Unit, Direction Direction, double? MinValue, double? MaxValue, int Decimals)
{
    public CodeAndName Ref => new(Code, Name);

    /// <summary>
    /// The natural limit of the Open SDG method 1: the end of the valid range in the good direction
    /// (100 for a share that should rise, 0 for one that should fall). Null when neutral or unbounded.
    /// </summary>
    public double? NaturalLimit => Direction switch
    {
        Direction.HigherIsBetter => MaxValue,
        Direction.LowerIsBetter => MinValue,
        _ => null,
    };
}

public sealed record ThemeInfo(string Code, LocalizedText Name, string EffectGoalCode)
{
    public CodeAndName Ref => new(Code, Name);
}

public sealed record AreaInfo(string Code, LocalizedText Name, string KindCode, string? ParentCode)
{
    public CodeAndName Ref => new(Code, Name);
}

/// <summary>The reference data every comparison is computed over, loaded once per request.</summary>
public sealed class CatalogueSnapshot(
    IReadOnlyList<CodeAndName> effectGoals,
    IReadOnlyList<ThemeInfo> themes,
    IReadOnlyList<IndicatorInfo> indicators,
    IReadOnlyList<AreaInfo> areas)
{
    public const string SocialBalanceAreaKind = "social-balance-area";
    public const string HousingAreaKind = "housing-area";

    /// <summary>The municipality: the reference of every gap (domain.md).</summary>
    public const string DefaultReferenceArea = "gladsaxe";

    private readonly Dictionary<string, IndicatorInfo> indicatorsByCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, AreaInfo> areasByCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, int> indicatorRanks = Ranks(indicators.Select(i => i.Code));
    private readonly Dictionary<string, int> areaRanks = Ranks(areas.Select(a => a.Code));

    /// <summary>Each indicator's decimals, by code: the Analysis library's precision of averages and thresholds.</summary>
    public IReadOnlyDictionary<string, int> IndicatorDecimals { get; } = indicators.ToDictionary(i => i.Code, i => i.Decimals, StringComparer.Ordinal);

    public IReadOnlyList<CodeAndName> EffectGoals { get; } = effectGoals;

    public IReadOnlyList<ThemeInfo> Themes { get; } = themes;

    public IReadOnlyList<IndicatorInfo> Indicators { get; } = indicators;

    public IReadOnlyList<AreaInfo> Areas { get; } = areas;

    public IndicatorInfo Indicator(string code) => indicatorsByCode[code];

    public AreaInfo Area(string code) => areasByCode[code];

    public AreaInfo? FindArea(string code) => areasByCode.GetValueOrDefault(code);

    /// <summary>The indicator's place in catalogue order (sort number, then code); null for an unknown code.</summary>
    public int? IndicatorRank(string code) => indicatorRanks.TryGetValue(code, out var rank) ? rank : null;

    /// <summary>The area's place in catalogue order (sort number, then code); null for an unknown code.</summary>
    public int? AreaRank(string code) => areaRanks.TryGetValue(code, out var rank) ? rank : null;

    public CodeAndName AreaRef(string code) => areasByCode.TryGetValue(code, out var a) ? a.Ref : new(code, new(code, code));

    public IReadOnlyList<string> AreasOfKind(params string[] kinds) =>
        Areas.Where(a => kinds.Contains(a.KindCode, StringComparer.Ordinal)).Select(a => a.Code).ToList();

    /// <summary>
    /// <paramref name="code"/> and the areas above it, nearest first; it stops at a top-level area, an unknown code, or
    /// an area met twice (a stored cycle is never walked forever).
    /// </summary>
    public IReadOnlyList<string> SelfAndAncestors(string code)
    {
        var chain = new List<string>();
        for (string? current = code; current is not null && !chain.Contains(current); current = FindArea(current)?.ParentCode)
        {
            chain.Add(current);
        }

        return chain;
    }

    /// <summary>The nearest area of <paramref name="kind"/> above <paramref name="code"/> in the hierarchy.</summary>
    public string? AncestorOfKind(string code, string kind)
    {
        var current = FindArea(code)?.ParentCode;
        for (var depth = 0; current is not null && depth < 32; depth++)
        {
            var area = Area(current);
            if (area.KindCode == kind)
            {
                return area.Code;
            }

            current = area.ParentCode;
        }

        return null;
    }

    private static Dictionary<string, int> Ranks(IEnumerable<string> codesInOrder) =>
        codesInOrder.Select((code, rank) => (code, rank)).ToDictionary(p => p.code, p => p.rank, StringComparer.Ordinal);
}
