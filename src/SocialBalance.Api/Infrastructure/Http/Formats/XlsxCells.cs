using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>The spreadsheet media type (Office Open XML workbook, ECMA-376).</summary>
public static class Xlsx
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>
/// Turns the fields of a row into typed cells: numbers as number cells (a figure of an indicator with its decimals as
/// the number format), whole numbers such as years as numbers, booleans as boolean cells, times as date cells in UTC,
/// and everything else as text (line breaks as LF). A text is always a text cell, never a formula, whatever it starts with: a workbook
/// keeps formulas apart from values, so nothing needs the apostrophe the CSV puts before such a text.
/// </summary>
internal sealed class XlsxCells(Spreadsheet spreadsheet)
{
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";
    public const string DateFormat = "yyyy-mm-dd";

    // A cell holds at most 32,767 characters; the service's texts are far shorter.
    private const int MaxCellText = 32_767;

    private readonly Dictionary<int, StyleId> decimalStyles = [];

    public StyleId Header { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true } });

    public StyleId Wrapped { get; } = spreadsheet.AddStyle(new Style { Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });

    private StyleId DateTime { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(DateTimeFormat) });

    private StyleId Date { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(DateFormat) });

    /// <summary>The number format of a figure with <paramref name="decimals"/> decimals: <c>0</c>, <c>0.0</c>, <c>0.00</c>….</summary>
    public static string DecimalsFormat(int decimals) => decimals <= 0 ? "0" : "0." + new string('0', decimals);

    public Cell Of(object? value, int? decimals) => value switch
    {
        null => new Cell((string?)null),
        string s => Text(s),
        int i => decimals is { } d ? new Cell(i, Decimals(d)) : new Cell(i),
        long l => decimals is { } d ? new Cell(l, Decimals(d)) : new Cell(l),
        double x => decimals is { } d ? new Cell(x, Decimals(d)) : new Cell(x),
        float f => decimals is { } d ? new Cell((double)f, Decimals(d)) : new Cell((double)f),
        decimal m => decimals is { } d ? new Cell(m, Decimals(d)) : new Cell(m),
        bool b => new Cell(b),
        DateTimeOffset t => new Cell(t.UtcDateTime, DateTime),
        DateOnly day => new Cell(day.ToDateTime(TimeOnly.MinValue), Date),
        IFormattable f => Text(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Text(value.ToString() ?? string.Empty),
    };

    /// <summary>How many characters the value shows as, for the width of its column.</summary>
    public static int Width(object? value, int? decimals) => value switch
    {
        null => 0,
        string s => s.Length,
        bool => 5,
        DateTimeOffset => DateTimeFormat.Length,
        DateOnly => DateFormat.Length,
        double x => x.ToString(decimals is { } d ? "F" + d.ToString(CultureInfo.InvariantCulture) : "G", CultureInfo.InvariantCulture).Length,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Length,
        _ => value.ToString()?.Length ?? 0,
    };

    /// <summary>
    /// A text cell. A line break is a line feed, as Excel writes it in a cell: a CR would not survive the workbook's XML
    /// (its parser reads CR LF and a lone CR as LF), so it is written as what a reader gets anyway.
    /// </summary>
    public static Cell Text(string text)
    {
        var lines = text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
        return new(lines.Length > MaxCellText ? lines[..MaxCellText] : lines);
    }

    private StyleId Decimals(int decimals)
    {
        if (!decimalStyles.TryGetValue(decimals, out var style))
        {
            style = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(DecimalsFormat(decimals)) });
            decimalStyles[decimals] = style;
        }

        return style;
    }
}
