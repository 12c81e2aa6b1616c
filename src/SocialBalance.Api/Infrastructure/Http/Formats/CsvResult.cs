using System.Text;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// Streams rows as CSV while they are read from the database, so a whole indicator can be pulled in
/// one call without holding it in memory; or, when the request asks for a spreadsheet, as a workbook
/// (<see cref="XlsxTableWriter"/>) streamed the same way. A UTF-8 byte-order mark goes before the CSV only on
/// request (<see cref="ContentNegotiation.WantsBom"/>), for spreadsheets that read CSV without one as another
/// encoding.
/// </summary>
public sealed class CsvResult<T>(
    IAsyncEnumerable<T> rows,
    IReadOnlyList<CsvColumn<T>> columns,
    string fileName) : IResult
{
    private const int FlushEvery = 500;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly CsvColumn<T>[] csvColumns = [.. columns.Where(c => !c.SpreadsheetOnly)];

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (ContentNegotiation.Choose(httpContext.Request) == ResponseFormat.Xlsx)
        {
            await XlsxTableWriter.WriteAsync(httpContext, rows, columns, Path.GetFileNameWithoutExtension(fileName));
            return;
        }

        var response = httpContext.Response;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";

        var ct = httpContext.RequestAborted;
        if (ContentNegotiation.WantsBom(httpContext.Request))
        {
            await response.Body.WriteAsync(ByteOrderMark, ct);
        }

        var buffer = new StringBuilder();
        using var csv = new CsvRowWriter<T>(buffer, csvColumns);
        var pending = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            csv.Append(row);
            if (++pending == FlushEvery)
            {
                await response.WriteAsync(buffer.ToString(), Encoding.UTF8, ct);
                buffer.Clear();
                pending = 0;
            }
        }

        await response.WriteAsync(buffer.ToString(), Encoding.UTF8, ct);
    }
}

public static class CsvResult
{
    public static CsvResult<T> From<T>(IAsyncEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns, string fileName) =>
        new(rows, columns, fileName);

    public static CsvResult<T> From<T>(IEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns, string fileName) =>
        new(rows.ToAsyncEnumerable(), columns, fileName);
}
