using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Targets;

/// <summary>A target value, or a share of the baseline shortfall to a reference area.</summary>
public enum TargetKind
{
    Value,
    Gap,
}

/// <summary>A target toward 2030 for one indicator in one area.</summary>
/// <param name="Id">The target's number.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="BaselineYear">The year progress is measured from.</param>
/// <param name="TargetYear">The year the target is to be reached.</param>
/// <param name="Kind"><c>value</c>: reach <c>targetValue</c>; <c>gap</c>: shrink the baseline shortfall to <c>referenceArea</c> to <c>remainingShare</c> of it.</param>
/// <param name="TargetValue">The value to reach (kind value).</param>
/// <param name="RemainingShare">Share of the baseline shortfall still allowed at the target year (kind gap): 0.5 halves the gap, 0 closes it.</param>
/// <param name="ReferenceArea">The area the gap is measured to (kind gap).</param>
/// <param name="Note">Why the target was set, or where it comes from.</param>
/// <param name="LastUpdated">When the target was last changed (UTC).</param>
public sealed record TargetResponse(
    int Id,
    CodeAndName Indicator,
    CodeAndName Area,
    int BaselineYear,
    int TargetYear,
    TargetKind Kind,
    double? TargetValue,
    double? RemainingShare,
    CodeAndName? ReferenceArea,
    LocalizedText? Note,
    DateTimeOffset LastUpdated);

/// <summary>Filters of the target list.</summary>
public sealed record TargetListQuery(
    [FromQuery(Name = "indicator")] string? Indicator,
    [FromQuery(Name = "area")] string? Area);

/// <summary>A target as stored, for inserting demo data (the admin endpoints take a <see cref="TargetRequest"/>).</summary>
public sealed record NewTarget(
    string IndicatorCode,
    string AreaCode,
    int BaselineYear,
    int TargetYear,
    TargetKind Kind,
    double? TargetValue,
    double? RemainingShare,
    string? ReferenceAreaCode,
    string? NoteDa,
    string? NoteEn);

internal sealed class TargetRow
{
    public int Id { get; init; }
    public string IndicatorCode { get; init; } = "";
    public string IndicatorNameDa { get; init; } = "";
    public string IndicatorNameEn { get; init; } = "";
    public string AreaCode { get; init; } = "";
    public string AreaNameDa { get; init; } = "";
    public string AreaNameEn { get; init; } = "";
    public int BaselineYear { get; init; }
    public int TargetYear { get; init; }
    public string Kind { get; init; } = "";
    public double? TargetValue { get; init; }
    public double? RemainingShare { get; init; }
    public string? ReferenceAreaCode { get; init; }
    public string? ReferenceNameDa { get; init; }
    public string? ReferenceNameEn { get; init; }
    public string? NoteDa { get; init; }
    public string? NoteEn { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public TargetResponse ToResponse() => new(
        Id,
        new CodeAndName(IndicatorCode, new LocalizedText(IndicatorNameDa, IndicatorNameEn)),
        new CodeAndName(AreaCode, new LocalizedText(AreaNameDa, AreaNameEn)),
        BaselineYear,
        TargetYear,
        Kind == "gap" ? TargetKind.Gap : TargetKind.Value,
        TargetValue,
        RemainingShare,
        ReferenceAreaCode is null ? null : new CodeAndName(ReferenceAreaCode, new LocalizedText(ReferenceNameDa!, ReferenceNameEn!)),
        LocalizedText.OrNull(NoteDa, NoteEn),
        UpdatedAt);
}
