using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Worksheets;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// Streams rows into a workbook (SpreadCheetah writes the XLSX to the response as it goes, a row at a time, so a whole
/// indicator is never held in memory): one sheet of rows with a bold, frozen header row, further sheets with the header
/// repeated once a sheet is full (Excel holds 1,048,576 rows a sheet), and last the sheet "Om data (About)"
/// (<see cref="XlsxMetadataSheet"/>).
/// </summary>
internal static class XlsxTableWriter
{
    /// <summary>How many rows are read before the sheet starts, to size its columns to what they hold.</summary>
    private const int SampledRows = 100;

    private const int MinWidth = 6;
    private const int MaxWidth = 60;

    public static async Task WriteAsync<T>(HttpContext context, IAsyncEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns, string stem)
    {
        var made = DateTimeOffset.UtcNow;
        var ct = context.RequestAborted;
        var services = context.RequestServices;
        var rowsPerSheet = (services.GetService<SpreadsheetOptions>() ?? new SpreadsheetOptions()).EffectiveRowsPerSheet;
        var indicators = columns.Any(c => c.IndicatorOf is not null) && services.GetService<ISheetIndicators>() is { } catalogue
            ? await catalogue.LoadAsync(ct)
            : new Dictionary<string, SheetIndicator>();

        var response = context.Response;
        response.ContentType = Xlsx.MediaType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{stem}.xlsx\"";

        var options = new SpreadCheetahOptions
        {
            // A text's leading and trailing spaces are part of it, as in the JSON.
            PreserveStringWhitespace = true,
            DocumentProperties = new DocumentProperties { Author = XlsxMetadataSheet.Publisher, Title = stem },
        };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(response.Body, options, ct);
        var cells = new XlsxCells(spreadsheet);
        var table = new Table<T>(spreadsheet, cells, columns, indicators, stem, rowsPerSheet);
        await table.WriteAsync(rows, ct);
        await XlsxMetadataSheet.WriteAsync(spreadsheet, cells, new XlsxMetadataSheet.Facts(
            context, made, table.Rows, rowsPerSheet, table.Sheets, columns.Where(c => c.IndicatorOf is not null).Select(c => c.Header).ToList(),
            columns.Where(c => c.SpreadsheetOnly).Select(c => c.Header).ToList(),
            table.IndicatorsSeen.Select(code => indicators.GetValueOrDefault(code)).OfType<SheetIndicator>().ToList()), ct);
        await spreadsheet.FinishAsync(ct);
    }

    /// <summary>The rows' sheets of one workbook, and what was written to them.</summary>
    private sealed class Table<T>(
        Spreadsheet spreadsheet, XlsxCells cells, IReadOnlyList<CsvColumn<T>> columns,
        IReadOnlyDictionary<string, SheetIndicator> indicators, string stem, int rowsPerSheet)
    {
        private readonly Cell[] row = new Cell[columns.Count];
        private readonly SortedSet<string> indicatorsSeen = new(StringComparer.Ordinal);
        private int[] widths = [];
        private int onSheet;

        public long Rows { get; private set; }

        public List<string> Sheets { get; } = [];

        public IReadOnlyCollection<string> IndicatorsSeen => indicatorsSeen;

        public async Task WriteAsync(IAsyncEnumerable<T> rows, CancellationToken ct)
        {
            await using var reader = rows.GetAsyncEnumerator(ct);
            var sample = new List<T>(SampledRows);
            var more = true;
            while (sample.Count < SampledRows && (more = await reader.MoveNextAsync()))
            {
                sample.Add(reader.Current);
            }

            widths = Widths(sample);
            await StartSheetAsync(ct);
            foreach (var item in sample)
            {
                await AddAsync(item, ct);
            }

            while (more && await reader.MoveNextAsync())
            {
                await AddAsync(reader.Current, ct);
            }
        }

        private async Task AddAsync(T item, CancellationToken ct)
        {
            if (onSheet == rowsPerSheet - 1)
            {
                await StartSheetAsync(ct);
            }

            for (var i = 0; i < columns.Count; i++)
            {
                row[i] = cells.Of(columns[i].Value(item), Decimals(columns[i], item));
            }

            await spreadsheet.AddRowAsync(row, ct);
            onSheet++;
            Rows++;
        }

        private int? Decimals(CsvColumn<T> column, T item)
        {
            if (column.IndicatorOf?.Invoke(item) is not { } code)
            {
                return null;
            }

            indicatorsSeen.Add(code);
            return indicators.GetValueOrDefault(code)?.Decimals;
        }

        private async Task StartSheetAsync(CancellationToken ct)
        {
            var name = SheetName(stem, Sheets.Count + 1);
            var options = new WorksheetOptions { FrozenRows = 1 };
            for (var i = 0; i < widths.Length; i++)
            {
                options.Column(i + 1).Width = widths[i];
            }

            await spreadsheet.StartWorksheetAsync(name, options, ct);
            await spreadsheet.AddHeaderRowAsync(columns.Select(c => c.Header).ToArray(), cells.Header, ct);
            Sheets.Add(name);
            onSheet = 0;
        }

        private int[] Widths(List<T> sample) =>
            columns.Select(c => Math.Clamp(
                sample.Select(item => XlsxCells.Width(c.Value(item), c.IndicatorOf?.Invoke(item) is { } code ? indicators.GetValueOrDefault(code)?.Decimals : null))
                    .Append(c.Header.Length).Max() + 2,
                MinWidth,
                MaxWidth)).ToArray();
    }

    /// <summary>"observations", then "observations (2)"…, within the 31 characters a sheet name may have.</summary>
    internal static string SheetName(string stem, int number)
    {
        var suffix = number == 1 ? string.Empty : $" ({number})";
        var room = 31 - suffix.Length;
        return (stem.Length > room ? stem[..room] : stem) + suffix;
    }
}
