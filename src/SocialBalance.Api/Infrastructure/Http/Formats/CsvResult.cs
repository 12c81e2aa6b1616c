using System.Text;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// Streams rows as CSV while they are read from the database, so a whole indicator can be pulled in
/// one call without holding it in memory.
/// </summary>
public sealed class CsvResult<T>(
    IAsyncEnumerable<T> rows,
    IReadOnlyList<CsvColumn<T>> columns,
    string fileName) : IResult
{
    private const int FlushEvery = 500;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";

        var ct = httpContext.RequestAborted;
        var buffer = new StringBuilder();
        using var csv = new CsvRowWriter<T>(buffer, columns);
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
