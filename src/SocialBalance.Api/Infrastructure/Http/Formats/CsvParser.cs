using System.Text;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>One CSV record: the line it starts on (1-based) and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>A body that is not RFC 4180 CSV; names the line.</summary>
public sealed class CsvFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

/// <summary>
/// Streams RFC 4180 records: quoted fields with doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF line ends, a final line with or without its line end. Reads in blocks, so a large upload is
/// never held as one string. Empty lines are skipped (a trailing blank line is common in exports).
/// </summary>
public static class CsvParser
{
    public static async IAsyncEnumerable<CsvRecord> ReadAsync(
        TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new char[16 * 1024];
        var position = new CsvPosition();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (position.Take(buffer[i]) is { } record)
                {
                    yield return record;
                }
            }
        }

        if (position.End() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Where the parser stands in the text: the record and field so far, inside quotes or not, the line.</summary>
    private sealed class CsvPosition
    {
        private readonly StringBuilder current = new();
        private List<string> fields = [];
        private int line = 1;
        private int recordLine = 1;
        private bool inQuotes;
        private bool afterQuote;
        private bool fieldStarted;
        private bool pendingCr;

        /// <summary>Takes one character; answers the record it completes, if it completes one.</summary>
        public CsvRecord? Take(char c)
        {
            if (pendingCr)
            {
                pendingCr = false;
                if (c == '\n')
                {
                    return null;
                }
            }

            if (inQuotes)
            {
                Quoted(c);
                return null;
            }

            switch (c)
            {
                case '"':
                    Quote();
                    return null;
                case ',':
                    fields.Add(current.ToString());
                    StartField();
                    return null;
                case '\r' or '\n':
                    return EndOfLine(c);
                default:
                    Text(c);
                    return null;
            }
        }

        /// <summary>The last record, when the text does not end with a line end.</summary>
        public CsvRecord? End()
        {
            if (inQuotes)
            {
                throw new CsvFormatException(recordLine, $"Line {recordLine}: a quoted field is not closed.");
            }

            return HasRecord ? Complete() : null;
        }

        private bool HasRecord => fields.Count > 0 || fieldStarted || current.Length > 0;

        private void Quoted(char c)
        {
            if (c == '"')
            {
                inQuotes = false;
                afterQuote = true;
                return;
            }

            if (c == '\n')
            {
                line++;
            }

            current.Append(c);
        }

        private void Quote()
        {
            if (afterQuote)
            {
                // A doubled quote inside a quoted field.
                current.Append('"');
                inQuotes = true;
                afterQuote = false;
            }
            else if (!fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
            }
            else
            {
                throw new CsvFormatException(line, $"Line {line}: a quote inside an unquoted field; quote the whole field and double the quote.");
            }
        }

        private void Text(char c)
        {
            if (afterQuote)
            {
                throw new CsvFormatException(line, $"Line {line}: text after a closing quote; a quoted field must end at a comma or line end.");
            }

            current.Append(c);
            fieldStarted = true;
        }

        private CsvRecord? EndOfLine(char c)
        {
            pendingCr = c == '\r';
            var record = HasRecord ? Complete() : null;
            StartField();
            line++;
            recordLine = line;
            return record;
        }

        private CsvRecord Complete()
        {
            fields.Add(current.ToString());
            var record = new CsvRecord(recordLine, fields);
            fields = [];
            return record;
        }

        private void StartField()
        {
            current.Clear();
            afterQuote = false;
            fieldStarted = false;
        }
    }
}
