namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// Refuses a row whose quotes RFC 4180 does not allow, naming the line of the first fault: a quote inside an
/// unquoted field, text after a closing quote, a quoted field still open at the end of the text. Sep splits rows by
/// pairing quotes, so up to the first fault its rows are the RFC's, and a row it ends inside quotes ends the text.
/// </summary>
internal static class CsvQuoting
{
    public static void Check(ReadOnlySpan<char> row, int line)
    {
        var at = row.IndexOf('"');
        if (at < 0)
        {
            return;
        }

        var inQuotes = false;
        var afterQuote = false;
        var fieldStart = at == 0 || row[at - 1] == ',';
        for (var i = at; i < row.Length; i++)
        {
            var c = row[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    inQuotes = false;
                    afterQuote = true;
                }
            }
            else if (c == ',')
            {
                fieldStart = true;
                afterQuote = false;
            }
            else if (c == '"' && (afterQuote || fieldStart))
            {
                // An opening quote, or the second of a doubled quote inside a quoted field.
                inQuotes = true;
                afterQuote = false;
                fieldStart = false;
            }
            else if (c == '"')
            {
                throw Fault(row, i, line, "a quote inside an unquoted field; quote the whole field and double the quote.");
            }
            else if (afterQuote)
            {
                throw Fault(row, i, line, "text after a closing quote; a quoted field must end at a comma or line end.");
            }
            else
            {
                fieldStart = false;
            }
        }

        if (inQuotes)
        {
            throw new CsvFormatException(line, $"Line {line}: a quoted field is not closed.");
        }
    }

    private static CsvFormatException Fault(ReadOnlySpan<char> row, int at, int line, string reason)
    {
        var faultLine = line + row[..at].Count('\n');
        return new CsvFormatException(faultLine, $"Line {faultLine}: {reason}");
    }
}
