using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// Writes a CSV answer's header and rows into a text buffer with Sep: fields joined by commas, each
/// record ended by CRLF, for the caller to send and clear as it goes. The fields are <see cref="Csv"/>'s, written as
/// they are: Sep's own escaping stays off, as it would leave a neutralised formula unquoted.
/// </summary>
public sealed class CsvRowWriter<T> : IDisposable
{
    private readonly IReadOnlyList<CsvColumn<T>> columns;
    private readonly SepWriter writer;

    /// <summary>Starts the text with the header line.</summary>
    public CsvRowWriter(StringBuilder buffer, IReadOnlyList<CsvColumn<T>> columns)
    {
        this.columns = columns;

        // Sep ends a record with the text writer's NewLine: RFC 4180's CRLF on every platform.
        var text = new StringWriter(buffer, CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        writer = Sep.New(',').Writer(o => o with { WriteHeader = false, Escape = false }).To(text);
        using var header = writer.NewRow();
        for (var i = 0; i < columns.Count; i++)
        {
            header[i].Set(Csv.Header(columns[i].Header));
        }
    }

    public void Append(T item)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < columns.Count; i++)
        {
            row[i].Set(Csv.Field(columns[i].Value(item)));
        }
    }

    public void Dispose() => writer.Dispose();
}
