using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>
/// The last sheet of every workbook, "Om data (About)": who publishes the data and where the figures come from (each
/// indicator's source as the catalogue names it), the query that made the workbook and when (UTC, ISO 8601), how its
/// cells are typed, and the endpoint's own description from the API documentation, which for the derived lists states
/// the formulas and precision rules. Column A names each line, B says it in Danish, C in English.
/// </summary>
internal static class XlsxMetadataSheet
{
    public const string SheetName = "Om data (About)";

    public const string Publisher = "Gladsaxe Kommune, Social Balance API";

    /// <summary>The labels of column A that a reader (or a test) looks a line up by.</summary>
    public const string QueryLabel = "Forespørgsel / Query";

    public const string MadeLabel = "Dannet (UTC) / Made (UTC)";

    /// <summary>What the sheet states about one workbook.</summary>
    public sealed record Facts(
        HttpContext Context,
        DateTimeOffset Made,
        long Rows,
        int RowsPerSheet,
        IReadOnlyList<string> Sheets,
        IReadOnlyList<string> FigureColumns,
        IReadOnlyList<string> SpreadsheetOnlyColumns,
        IReadOnlyList<SheetIndicator> Indicators);

    public static async Task WriteAsync(Spreadsheet spreadsheet, XlsxCells cells, Facts facts, CancellationToken ct)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        options.Column(1).Width = 30;
        options.Column(2).Width = 80;
        options.Column(3).Width = 100;
        await spreadsheet.StartWorksheetAsync(SheetName, options, ct);
        await spreadsheet.AddHeaderRowAsync(["Om data / About", "Dansk", "English"], cells.Header, ct);

        foreach (var (label, da, en) in Lines(facts))
        {
            await spreadsheet.AddRowAsync([new Cell(label, cells.Header), new Cell(da, cells.Wrapped), new Cell(en, cells.Wrapped)], ct);
        }

        var endpoint = facts.Context.GetEndpoint();
        var summary = endpoint?.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary;
        var description = endpoint?.Metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description;
        if (summary is not null || description is not null)
        {
            await spreadsheet.AddRowAsync(
                [
                    new Cell("Listen / The list", cells.Header),
                    new Cell("Listens beskrivelse, med dens formler og regler for præcision, fra API'ets dokumentation (OpenAPI), på engelsk i kolonne C.", cells.Wrapped),
                    new Cell(summary ?? string.Empty, cells.Wrapped),
                ],
                ct);
            foreach (var paragraph in Paragraphs(description))
            {
                await spreadsheet.AddRowAsync([new Cell((string?)null), new Cell((string?)null), new Cell(paragraph, cells.Wrapped)], ct);
            }
        }

        if (facts.Indicators.Count > 0)
        {
            await spreadsheet.AddRowAsync([new Cell((string?)null)], ct);
            await spreadsheet.AddHeaderRowAsync(["Indikator / Indicator", "Navn, enhed og kilde", "Name, unit and source"], cells.Header, ct);
            foreach (var i in facts.Indicators)
            {
                await spreadsheet.AddRowAsync(
                    [
                        new Cell(i.Code),
                        new Cell($"{i.NameDa}. Enhed: {i.Unit}; decimaler: {i.Decimals}. Kilde: {i.Source} (leverandør: {i.Supplier}).", cells.Wrapped),
                        new Cell($"{i.NameEn}. Unit: {i.Unit}; decimals: {i.Decimals}. Source: {i.Source} (supplier: {i.Supplier}).", cells.Wrapped),
                    ],
                    ct);
            }
        }
    }

    private static IEnumerable<(string Label, string Da, string En)> Lines(Facts facts)
    {
        var request = facts.Context.Request;
        var query = request.Path.Value + request.QueryString.Value;
        var made = facts.Made.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var rows = facts.Rows.ToString(CultureInfo.InvariantCulture);
        var perSheet = facts.RowsPerSheet.ToString(CultureInfo.InvariantCulture);
        yield return ("Udgiver / Publisher", Publisher, Publisher);
        var below = facts.Indicators.Count > 0;
        yield return ("Kilde / Source",
            "Tallene kommer fra de kilder, som indikatorkataloget angiver for hver indikator (source i /api/v1/indicators"
                + (below ? "; arkets indikatorer står nederst" : string.Empty) + "). Tal med status illustrative er demotal og aldrig officiel statistik.",
            "The figures come from the source the indicator catalogue names for each indicator (source in /api/v1/indicators"
                + (below ? "; this workbook's indicators are listed below" : string.Empty) + "). Figures with status illustrative are demo figures, never official statistics.");
        yield return (QueryLabel, query, query);
        yield return (MadeLabel, made, made);
        yield return ("Rækker / Rows", rows, rows);
        yield return ("Ark / Sheets",
            facts.Sheets.Count > 1
                ? $"{string.Join(", ", facts.Sheets)}: et ark rummer højst {perSheet} rækker med overskriften (Excel: højst 1.048.576), så rækkerne fortsætter på næste ark med overskriften gentaget."
                : string.Join(", ", facts.Sheets),
            facts.Sheets.Count > 1
                ? $"{string.Join(", ", facts.Sheets)}: a sheet holds at most {perSheet} rows with the header (Excel: at most 1,048,576), so the rows go on in the next sheet with the header repeated."
                : string.Join(", ", facts.Sheets));
        yield return ("Tal / Numbers",
            "Tal er talceller, år er heltal. " + (facts.FigureColumns.Count > 0
                ? $"Tal i indikatorens enhed ({string.Join(", ", facts.FigureColumns)}) vises med indikatorens antal decimaler; cellen rummer hele tallet."
                : "Tal vises, som de er."),
            "Numbers are number cells, years whole numbers. " + (facts.FigureColumns.Count > 0
                ? $"Figures in the indicator's unit ({string.Join(", ", facts.FigureColumns)}) show the indicator's decimals; the cell holds the whole number."
                : "Numbers show as they are."));
        yield return ("Tidspunkter / Times",
            "Tidspunkter (fx last_updated) er datoceller i UTC, vist som åååå-mm-dd tt:mm:ss. Ja/nej-felter er logiske celler (SAND/FALSK).",
            "Times (such as last_updated) are date cells in UTC, shown as yyyy-mm-dd hh:mm:ss. Yes/no fields are boolean cells (TRUE/FALSE).");
        yield return ("Tekst / Text",
            "Tekster er tekstceller og køres aldrig som formler, heller ikke når de begynder med =, +, - eller @.",
            "Texts are text cells and never run as formulas, not even when they start with =, +, - or @.");
        if (facts.SpreadsheetOnlyColumns.Count > 0)
        {
            var names = string.Join(", ", facts.SpreadsheetOnlyColumns);
            yield return ("Navne / Names",
                $"Navnene på dansk og engelsk ({names}) står kun i regnearket; CSV'en har koderne.",
                $"The Danish and English names ({names}) are in the spreadsheet only; the CSV has the codes.");
        }
    }

    /// <summary>The description's paragraphs, each on one line (the source breaks its lines for reading in code).</summary>
    private static IEnumerable<string> Paragraphs(string? description) =>
        (description ?? string.Empty)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)));
}
