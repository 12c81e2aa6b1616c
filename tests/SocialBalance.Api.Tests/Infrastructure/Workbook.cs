using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>What a cell holds, as a spreadsheet reads it.</summary>
public enum CellKind
{
    Empty,
    Text,
    Number,
    Boolean,
    Formula,
}

/// <summary>One cell: its kind, its value, its number format code (General when none) and whether its font is bold.</summary>
public sealed record WorkbookCell(CellKind Kind, string? Text, double? Number, bool? Boolean, string Format, bool Bold)
{
    /// <summary>The value as a CSV field of the service would show it (numbers and booleans in invariant culture).</summary>
    public string AsCsvField() => Kind switch
    {
        CellKind.Empty => string.Empty,
        CellKind.Boolean => Boolean!.Value ? "true" : "false",
        CellKind.Number => Number!.Value.ToString("R", CultureInfo.InvariantCulture),
        _ => Text ?? string.Empty,
    };

    /// <summary>A date cell's moment (Excel's serial days since 1899-12-30), read as UTC.</summary>
    public DateTime AsUtcDate() => DateTime.SpecifyKind(DateTime.FromOADate(Number!.Value), DateTimeKind.Utc);
}

/// <summary>One worksheet: its name, its rows of cells, and whether its first row is frozen.</summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<IReadOnlyList<WorkbookCell>> Rows, bool HeaderFrozen)
{
    public IReadOnlyList<string> Header => Rows[0].Select(c => c.Text ?? string.Empty).ToList();

    public int Column(string header)
    {
        var index = Header.ToList().IndexOf(header);
        Assert.True(index >= 0, $"No column '{header}' in sheet '{Name}': {string.Join(", ", Header)}");
        return index;
    }
}

/// <summary>
/// Reads an XLSX answer with the Open XML SDK, as a reader independent of the library that wrote it: the sheets in
/// order, each cell's kind, value, number format and boldness, frozen panes, and the schema validation of the package.
/// </summary>
public sealed class Workbook
{
    private Workbook(IReadOnlyList<WorkbookSheet> sheets, IReadOnlyList<string> validationErrors)
    {
        Sheets = sheets;
        ValidationErrors = validationErrors;
    }

    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>What the Open XML SDK's validator finds wrong with the package (Office 2019 rules); empty for a sound one.</summary>
    public IReadOnlyList<string> ValidationErrors { get; }

    public WorkbookSheet Sheet(string name) =>
        Sheets.SingleOrDefault(s => s.Name == name) ?? throw new Xunit.Sdk.XunitException($"No sheet '{name}': {string.Join(", ", Sheets.Select(s => s.Name))}");

    public static Workbook Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        var part = document.WorkbookPart!;
        var styles = part.WorkbookStylesPart?.Stylesheet;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>()
            .Select(sheet => ReadSheet(sheet.Name!.Value!, (WorksheetPart)part.GetPartById(sheet.Id!.Value!), styles))
            .ToList();
        return new Workbook(sheets, errors);
    }

    private static WorkbookSheet ReadSheet(string name, WorksheetPart part, Stylesheet? styles)
    {
        var pane = part.Worksheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
        var frozen = pane?.State?.Value == PaneStateValues.Frozen && pane.VerticalSplit?.Value == 1 && pane.TopLeftCell?.Value == "A2";
        var rows = new List<IReadOnlyList<WorkbookCell>>();
        foreach (var row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            Assert.Equal(rows.Count + 1, index);
            rows.Add(row.Elements<Cell>().Select(cell => ReadCell(cell, styles)).ToList());
        }

        return new WorkbookSheet(name, rows, frozen);
    }

    private static WorkbookCell ReadCell(Cell cell, Stylesheet? styles)
    {
        var (format, bold) = Style(cell.StyleIndex?.Value ?? 0, styles);
        var type = cell.DataType?.Value;
        if (cell.CellFormula is not null)
        {
            return new WorkbookCell(CellKind.Formula, cell.CellFormula.Text, null, null, format, bold);
        }

        if (type == CellValues.InlineString)
        {
            return new WorkbookCell(CellKind.Text, cell.InlineString?.InnerText ?? string.Empty, null, null, format, bold);
        }

        if (type == CellValues.SharedString || type == CellValues.String)
        {
            throw new Xunit.Sdk.XunitException($"A {type} cell; the service writes inline strings.");
        }

        var value = cell.CellValue?.Text;
        if (value is null)
        {
            return new WorkbookCell(CellKind.Empty, null, null, null, format, bold);
        }

        return type == CellValues.Boolean
            ? new WorkbookCell(CellKind.Boolean, null, null, value == "1", format, bold)
            : new WorkbookCell(CellKind.Number, null, double.Parse(value, CultureInfo.InvariantCulture), null, format, bold);
    }

    private static (string Format, bool Bold) Style(uint index, Stylesheet? styles)
    {
        if (styles?.CellFormats?.Elements<CellFormat>().ElementAtOrDefault((int)index) is not { } xf)
        {
            return ("General", false);
        }

        var formatId = xf.NumberFormatId?.Value ?? 0;
        var format = styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == formatId)?.FormatCode?.Value
            ?? (formatId == 0 ? "General" : $"builtin {formatId}");
        var font = styles.Fonts?.Elements<Font>().ElementAtOrDefault((int)(xf.FontId?.Value ?? 0));
        return (format, font?.Bold is not null && (font.Bold.Val?.Value ?? true));
    }
}
