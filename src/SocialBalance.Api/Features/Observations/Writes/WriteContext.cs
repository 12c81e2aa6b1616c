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

/// <summary>A row that passed every check.</summary>
internal sealed record CheckedObservation(int Row, string Indicator, string Area, int Year, double Value, double? Numerator, double? Denominator, string? Note);

/// <summary>The rows that passed, and the refusals: <paramref name="Errors"/> break a rule (422), <paramref name="Forbidden"/> are not the key's to write (403).</summary>
internal sealed record CheckOutcome(IReadOnlyList<CheckedObservation> Observations, IReadOnlyList<RowError> Errors, IReadOnlyList<RowError> Forbidden);
