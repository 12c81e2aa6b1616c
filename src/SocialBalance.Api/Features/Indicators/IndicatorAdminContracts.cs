using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Indicators;

/// <summary>An indicator's editable content.</summary>
/// <param name="Name">Danish and English name.</param>
/// <param name="Definition">Danish and English definition: what is counted, of whom.</param>
/// <param name="Theme">The theme it measures (see /api/v1/themes).</param>
/// <param name="Unit">Unit, e.g. <c>%</c>, <c>count</c>, <c>DKK/year</c>; with <c>%</c>, value = 100 × numerator / denominator.</param>
/// <param name="Direction"><c>higher-is-better</c>, <c>lower-is-better</c> or <c>neutral</c> (shown, never judged).</param>
/// <param name="MinValue">The lowest valid value, if any.</param>
/// <param name="MaxValue">The highest valid value, if any.</param>
/// <param name="Decimals">Decimals a figure may have, 0 to 6.</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="Supplier">Who supplies the figures: <c>statistics-denmark</c> or <c>ministry</c> (official: admin keys only), <c>municipality</c> or <c>housing-organisation</c> (organisations granted the indicator report it).</param>
/// <param name="SortOrder">Position in the catalogue.</param>
public sealed record IndicatorContent(
    LocalizedText Name, LocalizedText Definition, string Theme, string Unit, [ClosedVocabulary(typeof(SocialBalance.Analysis.Direction))] string Direction,
    double? MinValue, double? MaxValue, int Decimals, string Source,
    [ClosedVocabulary(typeof(IndicatorSuppliers), "IndicatorSupplier")] string Supplier, int SortOrder);

/// <summary>A new indicator: its code and content.</summary>
/// <param name="Code">The public code: lower-case letters, digits and hyphens.</param>
/// <param name="Content">What the indicator measures and how its figures are checked.</param>
public sealed record IndicatorCreateRequest(string Code, IndicatorContent Content);

/// <summary>An indicator as the administration edits it; its ETag is <c>"v{version}"</c>.</summary>
/// <param name="Code">The public code.</param>
/// <param name="Content">What the indicator measures and how its figures are checked.</param>
/// <param name="Version">Raised by every update; the ETag.</param>
public sealed record IndicatorRecord(string Code, IndicatorContent Content, int Version);

internal sealed class IndicatorRecordRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string DefinitionDa { get; init; } = "";
    public string DefinitionEn { get; init; } = "";
    public string ThemeCode { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Direction { get; init; } = "";
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int Decimals { get; init; }
    public string Source { get; init; } = "";
    public string Supplier { get; init; } = "";
    public int SortOrder { get; init; }
    public int Version { get; init; }

    public IndicatorRecord ToRecord() => new(Code, new IndicatorContent(
        new LocalizedText(NameDa, NameEn), new LocalizedText(DefinitionDa, DefinitionEn), ThemeCode, Unit, Direction,
        MinValue, MaxValue, Decimals, Source, Supplier, SortOrder), Version);
}
