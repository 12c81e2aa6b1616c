using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Targets;

/// <summary>A target's content: the body of both create and update (the id and timestamps are the service's).</summary>
/// <param name="Indicator">The indicator's code; it must have a direction (a neutral indicator cannot have a target).</param>
/// <param name="Area">The area's code.</param>
/// <param name="BaselineYear">The year progress is measured from, 1990 to 2100.</param>
/// <param name="TargetYear">The year the target is to be reached: after the baseline year, at most 2100.</param>
/// <param name="Kind"><c>value</c>: reach <c>targetValue</c>; <c>gap</c>: shrink the baseline shortfall to <c>referenceArea</c> to <c>remainingShare</c> of it.</param>
/// <param name="TargetValue">Kind value only: the value to reach, within the indicator's valid range and decimals.</param>
/// <param name="RemainingShare">Kind gap only: the share of the baseline shortfall still allowed at the target year, 0 ≤ x &lt; 1 (0.5 halves the gap, 0 closes it).</param>
/// <param name="ReferenceArea">Kind gap only: the area the gap is measured to, not the area itself; <c>gladsaxe</c> when left out.</param>
/// <param name="Note">Why the target was set, or where it comes from, in Danish and English.</param>
public sealed record TargetRequest(
    string Indicator,
    string Area,
    int BaselineYear,
    int TargetYear,
    [ClosedVocabulary(typeof(TargetKind))] string Kind,
    double? TargetValue,
    double? RemainingShare,
    string? ReferenceArea,
    LocalizedText? Note)
{
    public const string ValueKind = "value";
    public const string GapKind = "gap";

    /// <summary>The reference area a gap target is stored with: the one given, or the municipality (domain.md).</summary>
    internal string? EffectiveReferenceArea => Kind == GapKind ? ReferenceArea ?? CatalogueSnapshot.DefaultReferenceArea : ReferenceArea;
}

/// <summary>A target as the administration edits it, with codes only; its ETag is <c>"v{version}"</c>.</summary>
/// <param name="Id">The target's number (its public reading is /api/v1/targets/{id}).</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Area">The area's code.</param>
/// <param name="BaselineYear">The year progress is measured from.</param>
/// <param name="TargetYear">The year the target is to be reached.</param>
/// <param name="Kind"><c>value</c> or <c>gap</c>.</param>
/// <param name="TargetValue">The value to reach (kind value).</param>
/// <param name="RemainingShare">Share of the baseline shortfall still allowed at the target year (kind gap).</param>
/// <param name="ReferenceArea">The area the gap is measured to (kind gap).</param>
/// <param name="Note">Why the target was set, or where it comes from.</param>
/// <param name="LastUpdated">When the target was last changed (UTC).</param>
/// <param name="Version">Raised by every update; the ETag.</param>
public sealed record TargetRecord(
    int Id,
    string Indicator,
    string Area,
    int BaselineYear,
    int TargetYear,
    [ClosedVocabulary(typeof(TargetKind))] string Kind,
    double? TargetValue,
    double? RemainingShare,
    string? ReferenceArea,
    LocalizedText? Note,
    DateTimeOffset LastUpdated,
    int Version);

internal sealed class TargetRecordRow
{
    public int Id { get; init; }
    public string IndicatorCode { get; init; } = "";
    public string AreaCode { get; init; } = "";
    public int BaselineYear { get; init; }
    public int TargetYear { get; init; }
    public string Kind { get; init; } = "";
    public double? TargetValue { get; init; }
    public double? RemainingShare { get; init; }
    public string? ReferenceAreaCode { get; init; }
    public string? NoteDa { get; init; }
    public string? NoteEn { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }

    public TargetRecord ToRecord() => new(
        Id, IndicatorCode, AreaCode, BaselineYear, TargetYear, Kind, TargetValue, RemainingShare, ReferenceAreaCode,
        LocalizedText.OrNull(NoteDa, NoteEn), UpdatedAt, Version);
}
