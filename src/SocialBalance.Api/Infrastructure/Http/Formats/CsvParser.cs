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
        var field = new StringBuilder();
        var fields = new List<string>();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var afterQuote = false;
        var fieldStarted = false;
        var pendingCr = false;

        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                if (inQuotes)
                {
                    if (c == '"')
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' when afterQuote:
                        // A doubled quote inside a quoted field.
                        field.Append('"');
                        inQuotes = true;
                        afterQuote = false;
                        break;
                    case '"' when !fieldStarted:
                        inQuotes = true;
                        fieldStarted = true;
                        break;
                    case '"':
                        throw new CsvFormatException(line, $"Line {line}: a quote inside an unquoted field; quote the whole field and double the quote.");
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        afterQuote = false;
                        fieldStarted = false;
                        break;
                    case '\r' or '\n':
                        pendingCr = c == '\r';
                        if (fields.Count > 0 || fieldStarted || field.Length > 0)
                        {
                            fields.Add(field.ToString());
                            yield return new CsvRecord(recordLine, fields);
                            fields = [];
                        }

                        field.Clear();
                        afterQuote = false;
                        fieldStarted = false;
                        line++;
                        recordLine = line;
                        break;
                    default:
                        if (afterQuote)
                        {
                            throw new CsvFormatException(line, $"Line {line}: text after a closing quote; a quoted field must end at a comma or line end.");
                        }

                        field.Append(c);
                        fieldStarted = true;
                        break;
                }
            }
        }

        if (inQuotes)
        {
            throw new CsvFormatException(recordLine, $"Line {recordLine}: a quoted field is not closed.");
        }

        if (fields.Count > 0 || fieldStarted || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, fields);
        }
    }
}
