using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Comparisons;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Charts;

/// <summary>The languages a chart speaks: Danish (the municipality's, the default) and English.</summary>
public static class ChartLanguages
{
    public const string Danish = "da";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Danish, English];
}

/// <summary>What every chart takes besides its data: its language and its size in pixels.</summary>
public interface IChartOptions
{
    public const int DefaultWidth = 800;
    public const int DefaultHeight = 450;
    public const int MinWidth = 320;
    public const int MaxWidth = 2000;
    public const int MinHeight = 200;
    public const int MaxHeight = 1500;

    string? Lang { get; }

    int? Width { get; }

    int? Height { get; }

    bool English => Lang == ChartLanguages.English;

    int WidthOrDefault => Width ?? DefaultWidth;

    int HeightOrDefault => Height ?? DefaultHeight;
}

/// <summary>The texts of the chart parameters, the same on every chart.</summary>
internal static class ChartParameterText
{
    public const string Lang = "The language of the chart's texts (title, axes, legend, verdicts, the description for screen readers): `da` (Danish, the default) or `en` (English).";
    public const string Width = "The width of the image in pixels, 320 to 2000. Default 800.";
    public const string Height = "The height of the image in pixels, 200 to 1500. Default 450.";
    public const string Areas = "The areas to draw beside the reference, comma-separated, at most 7, e.g. `vaerebro-park,hoeje-gladsaxe`. Default: the three Social Balance areas.";
}

/// <summary>One indicator's yearly figures in the chosen areas, with the reference area drawn apart.</summary>
public sealed record IndicatorChartQuery(
    [FromQuery(Name = "areas"), Description(ChartParameterText.Areas)] string? Areas,
    [FromQuery(Name = "reference"), Description("The area drawn as the reference (black, dashed). Default `gladsaxe`, the municipality.")] string? Reference,
    [FromQuery(Name = "baseline"), Description("The baseline year, marked with a vertical line. Default 2020, the year the ambition was set from.")] int? Baseline,
    [FromQuery(Name = "lang"), Description(ChartParameterText.Lang), ClosedVocabulary(typeof(ChartLanguages), "ChartLanguage")] string? Lang,
    [FromQuery(Name = "width"), Description(ChartParameterText.Width)] int? Width,
    [FromQuery(Name = "height"), Description(ChartParameterText.Height)] int? Height) : IComparisonScope, IChartOptions
{
    // Every year with figures is drawn: the chart has no latest year to stop at.
    int? IComparedYears.Year => null;
}

/// <summary>The gaps of the chosen areas to the reference over the years, for one indicator.</summary>
public sealed record GapChartQuery(
    [FromQuery(Name = "indicator"), RequiredQuery, Description(ParameterText.OneIndicator)] string? Indicator,
    [FromQuery(Name = "areas"), Description(ChartParameterText.Areas)] string? Areas,
    [FromQuery(Name = "reference")] string? Reference,
    [FromQuery(Name = "baseline"), Description("The baseline year, marked with a vertical line. Default 2020, the year the ambition was set from.")] int? Baseline,
    [FromQuery(Name = "lang"), Description(ChartParameterText.Lang), ClosedVocabulary(typeof(ChartLanguages), "ChartLanguage")] string? Lang,
    [FromQuery(Name = "width"), Description(ChartParameterText.Width)] int? Width,
    [FromQuery(Name = "height"), Description(ChartParameterText.Height)] int? Height) : IComparisonScope, IChartOptions
{
    int? IComparedYears.Year => null;
}

/// <summary>A theme's verdicts in the 2030 ambition, over the years /api/v1/ambition judges.</summary>
public sealed record ThemeChartQuery(
    [FromQuery(Name = "baseline")] int? Baseline,
    [FromQuery(Name = "year"), Description(ParameterText.Compared)] int? Year,
    [FromQuery(Name = "lang"), Description(ChartParameterText.Lang), ClosedVocabulary(typeof(ChartLanguages), "ChartLanguage")] string? Lang,
    [FromQuery(Name = "width"), Description(ChartParameterText.Width)] int? Width,
    [FromQuery(Name = "height"), Description(ChartParameterText.Height)] int? Height) : IComparedYears, IChartOptions;
