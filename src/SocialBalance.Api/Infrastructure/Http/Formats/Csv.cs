using System.Globalization;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>One CSV column: its header and how to read the field from a row.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, object?> Value)
{
    /// <summary>
    /// The code of the indicator whose figure (in its unit) the column holds on a row; a spreadsheet shows the number with
    /// that indicator's decimals and names the indicator's source. Null for numbers of no indicator's unit.
    /// </summary>
    public Func<T, string?>? IndicatorOf { get; init; }

    /// <summary>Shown in a spreadsheet only (e.g. the names beside a code); the CSV keeps the columns it always had.</summary>
    public bool SpreadsheetOnly { get; init; }
}

/// <summary>
/// RFC 4180 fields, which <see cref="CsvRowWriter{T}"/> joins into records: invariant-culture numbers, quoted only
/// where needed. A text that a spreadsheet would run as a formula (it starts with =, +, −, @, tab, CR or LF) is
/// neutralised as OWASP recommends ("CSV injection"): prefixed with an apostrophe and quoted, so it shows as the text
/// it is. Numbers are never text here, so a negative figure stays a number.
/// </summary>
public static class Csv
{
    public const string MediaType = "text/csv";

    public static string Field(object? value) => value switch
    {
        null => string.Empty,
        string s => Text(s),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        IFormattable f => Quote(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Text(value.ToString() ?? string.Empty),
    };

    /// <summary>The characters that make a spreadsheet read a cell as a formula (or hide where it starts).</summary>
    public static bool StartsLikeAFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    private static string Text(string text) =>
        StartsLikeAFormula(text)
            ? "\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : Quote(text);

    /// <summary>A column's name in the header line: quoted where needed, never neutralised (the service names them).</summary>
    public static string Header(string name) => Quote(name);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}
