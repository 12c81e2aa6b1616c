using ScottPlot;
using SocialBalance.Analysis.Themes;

namespace SocialBalance.Api.Features.Charts;

/// <summary>How one series is drawn: colour, marker shape and line.</summary>
public sealed record SeriesStyle(string Color, MarkerShape Marker, LinePattern Line, float LineWidth, float MarkerSize);

/// <summary>
/// The colours of the charts: the Okabe–Ito palette (Okabe &amp; Ito, "Color Universal Design", 2008), which readers
/// with any common colour-vision deficiency can tell apart. Colour never carries a meaning alone: each area also has
/// its own marker shape, the reference its own line, and each verdict its words and sign.
/// </summary>
public static class ChartPalette
{
    public const string Black = "#000000";
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Lines that mark a year or a value (the baseline), never data.</summary>
    public const string Guide = "#555555";

    /// <summary>A verdict without the figures for it: no colour of the palette, so it reads as no verdict.</summary>
    public const string NoVerdict = "#DDDDDD";

    /// <summary>The areas' styles in order; yellow, the faintest on white, last.</summary>
    private static readonly SeriesStyle[] AreaStyles =
    [
        new(Orange, MarkerShape.FilledCircle, LinePattern.Solid, 2, 8),
        new(SkyBlue, MarkerShape.FilledSquare, LinePattern.Solid, 2, 8),
        new(BluishGreen, MarkerShape.FilledTriangleUp, LinePattern.Solid, 2, 9),
        new(Blue, MarkerShape.FilledTriangleDown, LinePattern.Solid, 2, 9),
        new(Vermillion, MarkerShape.OpenCircle, LinePattern.DenselyDashed, 2, 8),
        new(ReddishPurple, MarkerShape.OpenSquare, LinePattern.DenselyDashed, 2, 8),
        new(Yellow, MarkerShape.OpenDiamond, LinePattern.DenselyDashed, 2, 9),
    ];

    /// <summary>The most areas a chart draws beside the reference: one style each.</summary>
    public static int MaxAreas => AreaStyles.Length;

    /// <summary>The reference area: black, thicker and dashed, with diamonds.</summary>
    public static SeriesStyle Reference { get; } = new(Black, MarkerShape.FilledDiamond, LinePattern.Dashed, 3, 10);

    public static SeriesStyle Area(int index) => AreaStyles[index % AreaStyles.Length];

    /// <summary>A verdict's cell: met in bluish green, not met in vermillion, both dark enough for black text.</summary>
    public static string Verdict(VerdictOutcome outcome) => outcome switch
    {
        VerdictOutcome.Met => BluishGreen,
        VerdictOutcome.NotMet => Vermillion,
        _ => NoVerdict,
    };
}
