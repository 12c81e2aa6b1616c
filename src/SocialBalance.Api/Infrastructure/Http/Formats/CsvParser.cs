using System.Runtime.CompilerServices;
using nietras.SeparatedValues;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>One CSV record: the line it starts on (1-based) and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>A body that is not RFC 4180 CSV; names the line.</summary>
public sealed class CsvFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

/// <summary>
/// Streams RFC 4180 records: quoted fields with doubled quotes, commas and line breaks inside quotes, CR, LF or CRLF
/// line ends, a final line with or without its line end. Sep reads the text in blocks as it arrives, so a large
/// upload is never held as one string, and unescapes quoted fields. Empty lines are skipped (a trailing blank line is
/// common in exports) but counted.
/// </summary>
/// <remarks>
/// Sep pairs quotes wherever they stand and never refuses a row, so a row that holds a quote is checked by
/// <see cref="CsvQuoting"/> before its fields are read. Lines are counted here rather than taken from Sep, which
/// counts a lone CR inside quotes as a line (a record's line has always counted line feeds only there) and numbers
/// the first row of a header-less reader from 2.
/// </remarks>
public static class CsvParser
{
    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with
    {
        // The caller reads the first record as the header, with its own messages (a repeated or unnamed column).
        HasHeader = false,
        // A row with too many or too few fields is the caller's row error, named by its line; an empty line (one empty
        // field to Sep) is skipped here.
        DisableColCountCheck = true,
        Unescape = true,
        Trim = SepTrim.None,
    });

    public static async IAsyncEnumerable<CsvRecord> ReadAsync(TextReader text, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = await Options.FromAsync(text, leaveOpen: true, ct);
        var lines = new LineCounter();
        while (await reader.MoveNextAsync(ct))
        {
            if (Record(reader.Current, lines) is { } record)
            {
                yield return record;
            }
        }
    }

    private static CsvRecord? Record(SepReader.Row row, LineCounter lines)
    {
        // The raw row, read before any field: unescaping rewrites it in place.
        var raw = row.Span;
        var line = lines.Take(raw);
        if (raw.IsEmpty)
        {
            return null;
        }

        CsvQuoting.Check(raw, line);
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return new CsvRecord(line, fields);
    }

    /// <summary>The line the next row starts on: each row ends one line, and adds the line feeds quoted inside it.</summary>
    private sealed class LineCounter
    {
        private int next = 1;

        public int Take(ReadOnlySpan<char> raw)
        {
            var line = next;
            next += 1 + raw.Count('\n');
            return line;
        }
    }
}
