using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Indicators;

/// <summary>The range a figure of the indicator must lie in (inclusive); null means open.</summary>
public sealed record ValidRange(double? Min, double? Max);

/// <summary>An indicator with all its metadata.</summary>
/// <param name="Code">Public identifier.</param>
/// <param name="Name">Short name in Danish and English.</param>
/// <param name="Definition">What exactly is measured.</param>
/// <param name="Theme">The theme the indicator measures.</param>
/// <param name="Unit">Unit of every figure: <c>%</c>, <c>DKK/year</c> or <c>count</c>.</param>
/// <param name="Direction"><c>higher-is-better</c>, <c>lower-is-better</c>, or <c>neutral</c> (shown, never judged).</param>
/// <param name="ValidRange">Figures outside this range are refused.</param>
/// <param name="Decimals">The most decimals a figure may have.</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="Supplier">Who supplies the figures, and so who may write them: <c>statistics-denmark</c> or <c>ministry</c> (official sources: admin keys only), <c>municipality</c> or <c>housing-organisation</c> (reporter keys of the organisations granted the indicator, for their own areas).</param>
public sealed record IndicatorResponse(
    string Code,
    LocalizedText Name,
    LocalizedText Definition,
    CodeAndName Theme,
    string Unit,
    [ClosedVocabulary(typeof(SocialBalance.Analysis.Direction))] string Direction,
    ValidRange ValidRange,
    int Decimals,
    string Source,
    [ClosedVocabulary(typeof(IndicatorSuppliers), "IndicatorSupplier")] string Supplier);

/// <summary>Filters of the indicator list.</summary>
public sealed record IndicatorListQuery([FromQuery(Name = "theme")] string? Theme);

internal sealed class IndicatorRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string DefinitionDa { get; init; } = "";
    public string DefinitionEn { get; init; } = "";
    public string ThemeCode { get; init; } = "";
    public string ThemeNameDa { get; init; } = "";
    public string ThemeNameEn { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Direction { get; init; } = "";
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int Decimals { get; init; }
    public string Source { get; init; } = "";
    public string Supplier { get; init; } = "";

    public IndicatorResponse ToResponse() => new(
        Code,
        new LocalizedText(NameDa, NameEn),
        new LocalizedText(DefinitionDa, DefinitionEn),
        new CodeAndName(ThemeCode, new LocalizedText(ThemeNameDa, ThemeNameEn)),
        Unit,
        Direction,
        new ValidRange(MinValue, MaxValue),
        Decimals,
        Source,
        Supplier);
}
