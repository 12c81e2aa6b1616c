namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>An indicator's rules for posted values (a class with setters: Dapper reads it on both databases,
/// whose integer types differ).</summary>
internal sealed class IndicatorRule
{
    public string Code { get; init; } = "";
    public string Unit { get; init; } = "";
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int Decimals { get; init; }
}

/// <summary>What the rows of a write are checked against, loaded once per write.</summary>
/// <param name="Indicators">Every indicator with its range, decimals and unit.</param>
/// <param name="Areas">Every area code.</param>
/// <param name="Permissions">The indicators and areas the key may post; null for an admin key (everything).</param>
/// <param name="CurrentYear">The latest year a figure may describe.</param>
internal sealed record WriteContext(
    IReadOnlyDictionary<string, IndicatorRule> Indicators,
    IReadOnlySet<string> Areas,
    ReporterPermissions? Permissions,
    int CurrentYear);
