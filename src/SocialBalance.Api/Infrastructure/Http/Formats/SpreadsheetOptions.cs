namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>Settings of the spreadsheet (XLSX) answers, section <c>Spreadsheets</c>.</summary>
public sealed class SpreadsheetOptions
{
    public const string Section = "Spreadsheets";

    /// <summary>Excel's limit: a worksheet holds at most 1,048,576 rows, the header row included.</summary>
    public const int ExcelRowLimit = 1_048_576;

    /// <summary>
    /// Rows per worksheet, the header included; past it the rows go on in a further sheet with the header repeated.
    /// Excel's own limit by default; a smaller value only makes the continuation easy to see.
    /// </summary>
    public int RowsPerSheet { get; set; } = ExcelRowLimit;

    /// <summary>The setting, within what a worksheet can hold (at least a header and one row).</summary>
    public int EffectiveRowsPerSheet => Math.Clamp(RowsPerSheet, 2, ExcelRowLimit);
}
