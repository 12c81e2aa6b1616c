using System.Globalization;
using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>The demo data, with sheets of <see cref="RowsPerSheet"/> rows, so a long list is seen to go on in a further sheet.</summary>
public sealed class SpreadsheetFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public const int RowsPerSheet = 40;

    protected override bool SeedDemoData => true;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Spreadsheets:RowsPerSheet"] = RowsPerSheet.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Every list that answers CSV answers a workbook too, read back here with the Open XML SDK: the same rows as the JSON
/// of the same request (values, number cells, both languages' names), the CSV's columns with the same values, a
/// bold frozen header on every sheet of rows, an indicator's figures with its decimals, and the sheet "Om data (About)".
/// </summary>
public abstract class SpreadsheetListTests<TDatabase>(SpreadsheetFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<SpreadsheetFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string About = "Om data (About)";

    /// <summary>How a time shows: a date cell, in Excel's codes.</summary>
    private const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";

    [SkippableTheory]
    [MemberData(nameof(SpreadsheetCase.Names), MemberType = typeof(SpreadsheetCase))]
    public async Task A_list_as_a_workbook_has_the_rows_of_its_json(string name)
    {
        var list = SpreadsheetCase.All[name];
        var json = await GetJsonAsync(list.JsonUrl);
        var workbook = await GetWorkbookAsync(list.Url, list.Stem);
        var (header, rows) = DataRows(workbook, list.Stem);
        var items = list.Rows(json).ToList();

        Assert.Equal(items.Count, rows.Count);
        Assert.NotEmpty(items);
        var decimals = await IndicatorDecimalsAsync();
        for (var r = 0; r < items.Count; r++)
        {
            foreach (var (column, path) in list.Cells)
            {
                AssertCell(At(json, items[r], path), rows[r][header.IndexOf(column)], $"{name} row {r + 1} {column}");
            }

            foreach (var (column, indicatorPath) in list.Figures)
            {
                var cell = rows[r][header.IndexOf(column)];
                if (cell.Kind == CellKind.Number)
                {
                    var indicator = At(json, items[r], indicatorPath)!.Value.GetString()!;
                    Assert.Equal(NumberFormat(decimals[indicator]), cell.Format);
                }
            }
        }

        // Each list names what it shows in both languages where its JSON does.
        Assert.Equal(
            list.Cells.Count(c => c.Column.EndsWith("name_da", StringComparison.Ordinal)),
            list.Cells.Count(c => c.Column.EndsWith("name_en", StringComparison.Ordinal)));
    }

    [SkippableTheory]
    [MemberData(nameof(SpreadsheetCase.Names), MemberType = typeof(SpreadsheetCase))]
    public async Task A_workbook_holds_every_field_of_the_csv_and_the_names_beside_the_codes(string name)
    {
        var list = SpreadsheetCase.All[name];
        using var csvResponse = await GetAcceptingAsync(list.Url, Csv.MediaType);
        var csv = CsvReader.Parse(await csvResponse.Content.ReadAsStringAsync());
        Assert.Equal($"inline; filename=\"{list.Stem}.csv\"", csvResponse.Content.Headers.ContentDisposition?.ToString());
        var (header, rows) = DataRows(await GetWorkbookAsync(list.Url, list.Stem), list.Stem);

        var csvHeader = csv[0];
        Assert.Equal(csvHeader, header.Where(csvHeader.Contains));
        Assert.All(header.Except(csvHeader), extra => Assert.Matches("_name_(da|en)$", extra));
        Assert.Equal(csv.Count - 1, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < csvHeader.Length; c++)
            {
                AssertSameAsCsv(csv[r + 1][c], rows[r][header.IndexOf(csvHeader[c])], $"{name} row {r + 1} {csvHeader[c]}");
            }
        }
    }

    [SkippableFact]
    public async Task Figures_show_their_indicators_decimals_and_times_are_utc_date_cells()
    {
        const string url = "/api/v1/observations?indicator=feel-safe,convicted,residents&area=gladsaxe";
        var json = await GetJsonAsync(url + "&pageSize=1000");
        var (header, rows) = DataRows(await GetWorkbookAsync(url, "observations"), "observations");
        var decimals = await IndicatorDecimalsAsync();

        // Three indicators with different decimals, so no one format passes for all.
        Assert.Equal(3, json.GetProperty("items").EnumerateArray().Select(i => decimals[i.GetProperty("indicator").GetString()!]).Distinct().Count());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var value = rows[r][header.IndexOf("value")];
            Assert.Equal(CellKind.Number, value.Kind);
            Assert.Equal(NumberFormat(decimals[items[r].GetProperty("indicator").GetString()!]), value.Format);
            var year = rows[r][header.IndexOf("year")];
            Assert.Equal((CellKind.Number, "General"), (year.Kind, year.Format));

            var updated = rows[r][header.IndexOf("last_updated")];
            Assert.Equal((CellKind.Number, DateTimeFormat), (updated.Kind, updated.Format));
            var expected = items[r].GetProperty("lastUpdated").GetDateTimeOffset().UtcDateTime;
            Assert.True(Math.Abs((updated.AsUtcDate() - expected).TotalMilliseconds) <= 1, $"{updated.AsUtcDate():O} is not {expected:O}");
        }
    }

    [SkippableFact]
    public async Task The_rows_go_on_in_further_sheets_with_the_header_repeated_and_frozen()
    {
        var json = await GetJsonAsync("/api/v1/observations?pageSize=1");
        var total = json.GetProperty("totalCount").GetInt32();
        var perSheet = SpreadsheetFixture<TDatabase>.RowsPerSheet - 1;
        Assert.True(total > 2 * perSheet, $"the demo data has {total} figures");

        var workbook = await GetWorkbookAsync("/api/v1/observations?format=xlsx", "observations");
        var sheets = workbook.Sheets.Where(s => s.Name != About).ToList();

        var expected = (total + perSheet - 1) / perSheet;
        Assert.Equal(new[] { "observations" }.Concat(Enumerable.Range(2, expected - 1).Select(n => $"observations ({n})")), sheets.Select(s => s.Name));
        Assert.All(sheets.SkipLast(1), s => Assert.Equal(perSheet + 1, s.Rows.Count));
        Assert.All(sheets, s => Assert.True(s.HeaderFrozen, s.Name));
        Assert.All(sheets, s => Assert.Equal(sheets[0].Header, s.Header));
        Assert.Equal(total, sheets.Sum(s => s.Rows.Count - 1));
        var about = AboutLines(workbook);
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), about["Rækker / Rows"].En);
        Assert.StartsWith(string.Join(", ", sheets.Select(s => s.Name)) + ":", about["Ark / Sheets"].En, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_about_sheet_names_the_source_the_query_the_time_and_the_formulas()
    {
        // A query no other test asks, so the workbook is made now, not answered from the cache.
        const string url = "/api/v1/progress?indicator=convicted&area=vaerebro-park,moerkhoej&format=xlsx";
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var workbook = await GetWorkbookAsync(url, "progress");
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        Assert.Equal(About, workbook.Sheets[^1].Name);
        Assert.True(workbook.Sheets[^1].HeaderFrozen);
        var about = AboutLines(workbook);
        Assert.Equal((url, url), about["Forespørgsel / Query"]);
        var made = DateTimeOffset.ParseExact(about["Dannet (UTC) / Made (UTC)"].En, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(made, before, after);
        Assert.Contains("Gladsaxe Kommune", about["Udgiver / Publisher"].Da, StringComparison.Ordinal);
        Assert.Contains("Social Balance API", about["Udgiver / Publisher"].En, StringComparison.Ordinal);
        Assert.Contains("indikatorkataloget", about["Kilde / Source"].Da, StringComparison.Ordinal);

        // The endpoint's own description, with its formula, and the indicator's origin as the catalogue names it.
        var text = string.Join("\n", workbook.Sheets[^1].Rows.SelectMany(r => r).Select(c => c.Text));
        Assert.Contains("Progress of one indicator without a target (Open SDG method 1)", text, StringComparison.Ordinal);
        Assert.Contains("CAGR = (x_current / x_base)^(1/(t_current − t_base)) − 1", text, StringComparison.Ordinal);
        Assert.Contains("Precision: derived numbers", text, StringComparison.Ordinal);
        var indicator = await GetJsonAsync("/api/v1/indicators/convicted");
        var line = workbook.Sheets[^1].Rows.Single(r => r[0].Text == "convicted");
        Assert.Contains(indicator.GetProperty("name").GetProperty("da").GetString()!, line[1].Text, StringComparison.Ordinal);
        Assert.Contains(indicator.GetProperty("name").GetProperty("en").GetString()!, line[2].Text, StringComparison.Ordinal);
        Assert.Contains(indicator.GetProperty("source").GetString()!, line[2].Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_format_parameter_and_the_accept_header_give_the_same_workbook()
    {
        const string url = "/api/v1/comparisons/themes?baseline=2021";
        var byAccept = await GetWorkbookAsync(url, "theme-comparisons");
        var byQuery = await GetWorkbookAsync(url + "&format=xlsx", "theme-comparisons");

        Assert.Equal(byAccept.Sheets.Select(s => s.Name), byQuery.Sheets.Select(s => s.Name));
        foreach (var (accepted, queried) in byAccept.Sheets.Zip(byQuery.Sheets))
        {
            var varying = accepted.Name == About ? new[] { "Forespørgsel / Query", "Dannet (UTC) / Made (UTC)" } : Array.Empty<string>();
            var expected = accepted.Rows.Where(r => !varying.Contains(r[0].Text)).ToList();
            var actual = queried.Rows.Where(r => !varying.Contains(r[0].Text)).ToList();
            Assert.Equal(expected.Count, actual.Count);
            Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second));
        }
    }

    [SkippableFact]
    public async Task A_text_that_starts_like_a_formula_is_a_plain_text_cell()
    {
        var hostile = Http.CsvInjectionTests<TDatabase>.Hostile;
        for (var i = 0; i < hostile.Length; i++)
        {
            using var posted = await AdminClient.PostFigureAsync(new { indicator = "voter-turnout", area = "moerkhoej", year = 2001 + i, value = 50.5, note = hostile[i] });
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }

        var workbook = await GetWorkbookAsync("/api/v1/observations?indicator=voter-turnout&area=moerkhoej&to=2010&format=xlsx", "observations");
        var (header, rows) = DataRows(workbook, "observations");

        Assert.Equal(hostile.Length, rows.Count);
        Assert.DoesNotContain(workbook.Sheets.SelectMany(s => s.Rows).SelectMany(r => r), c => c.Kind == CellKind.Formula);
        for (var i = 0; i < hostile.Length; i++)
        {
            var note = rows[i][header.IndexOf("note")];
            Assert.Equal((CellKind.Text, Lines(hostile[i])), (note.Kind, note.Text));
            Assert.Equal((CellKind.Number, 50.5), (rows[i][header.IndexOf("value")].Kind, rows[i][header.IndexOf("value")].Number));
        }
    }

    private async Task<Workbook> GetWorkbookAsync(string url, string stem)
    {
        using var response = url.Contains("format=xlsx", StringComparison.Ordinal)
            ? await Client.GetAsync(url)
            : await GetAcceptingAsync(url, Xlsx.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal(Xlsx.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"{stem}.xlsx\"", response.Content.Headers.ContentDisposition?.ToString());
        var workbook = Workbook.Read(body);
        Assert.Empty(workbook.ValidationErrors);
        return workbook;
    }

    /// <summary>The rows of every sheet but the last, each sheet with the same bold, frozen header.</summary>
    private static (List<string> Header, List<IReadOnlyList<WorkbookCell>> Rows) DataRows(Workbook workbook, string stem)
    {
        Assert.Equal(About, workbook.Sheets[^1].Name);
        var sheets = workbook.Sheets.SkipLast(1).ToList();
        Assert.Equal(stem, sheets[0].Name);
        var header = sheets[0].Header.ToList();
        foreach (var sheet in sheets)
        {
            Assert.True(sheet.HeaderFrozen, $"the header of {sheet.Name} is not frozen");
            Assert.Equal(header, sheet.Header);
            Assert.All(sheet.Rows[0], c => Assert.True(c.Kind == CellKind.Text && c.Bold, $"{sheet.Name}: header cell {c} is not bold text"));
            Assert.All(sheet.Rows, r => Assert.Equal(header.Count, r.Count));
        }

        return (header, sheets.SelectMany(s => s.Rows.Skip(1)).ToList());
    }

    /// <summary>The about sheet's lines by their label: (Danish, English).</summary>
    private static Dictionary<string, (string Da, string En)> AboutLines(Workbook workbook) =>
        workbook.Sheet(About).Rows.Skip(1)
            .Where(r => r.Count == 3 && r[0].Kind == CellKind.Text)
            .ToDictionary(r => r[0].Text!, r => (r[1].Text ?? string.Empty, r[2].Text ?? string.Empty));

    private async Task<Dictionary<string, int>> IndicatorDecimalsAsync() =>
        (await GetJsonAsync("/api/v1/indicators")).EnumerateArray()
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("decimals").GetInt32());

    private static JsonElement? At(JsonElement root, JsonElement item, string path)
    {
        var node = path.StartsWith("$.", StringComparison.Ordinal) ? root : item;
        foreach (var segment in path.TrimStart('$', '.').Split('.'))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(segment, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.Null ? null : node;
    }

    private static void AssertCell(JsonElement? expected, WorkbookCell cell, string where)
    {
        switch (expected?.ValueKind)
        {
            case null:
                Assert.True(cell.Kind == CellKind.Empty, $"{where}: expected an empty cell, got {cell}");
                break;
            case JsonValueKind.String:
                Assert.True(cell.Kind == CellKind.Text && cell.Text == Lines(expected.Value.GetString()!), $"{where}: expected text '{expected}', got {cell}");
                break;
            case JsonValueKind.Number:
                Assert.True(cell.Kind == CellKind.Number && cell.Number == expected.Value.GetDouble(), $"{where}: expected the number {expected}, got {cell}");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.True(cell.Kind == CellKind.Boolean && cell.Boolean == expected.Value.GetBoolean(), $"{where}: expected {expected}, got {cell}");
                break;
            default:
                throw new Xunit.Sdk.XunitException($"{where}: no cell compares with {expected}");
        }
    }

    /// <summary>A CSV field and its cell say the same: the CSV's number, its boolean, its time, its text (neutralised there).</summary>
    private static void AssertSameAsCsv(string field, WorkbookCell cell, string where)
    {
        switch (cell.Kind)
        {
            case CellKind.Number when cell.Format == DateTimeFormat:
                var time = DateTimeOffset.Parse(field, CultureInfo.InvariantCulture).UtcDateTime;
                Assert.True(Math.Abs((cell.AsUtcDate() - time).TotalMilliseconds) <= 1, $"{where}: {cell.AsUtcDate():O} is not {field}");
                break;
            case CellKind.Number:
                Assert.True(cell.Number == double.Parse(field, CultureInfo.InvariantCulture), $"{where}: {cell} is not {field}");
                break;
            case CellKind.Text:
                var shown = Csv.StartsLikeAFormula(cell.Text!) ? "'" + cell.Text : cell.Text;
                Assert.True(Lines(field) == shown, $"{where}: '{cell.Text}' is not '{field}'");
                break;
            default:
                Assert.True(cell.AsCsvField() == field, $"{where}: {cell} is not '{field}'");
                break;
        }
    }

    /// <summary>The number format of a figure with the indicator's decimals: 0, 0.0, 0.00….</summary>
    private static string NumberFormat(int decimals) => decimals == 0 ? "0" : "0." + new string('0', decimals);

    /// <summary>A text as a workbook holds it: line breaks as LF.</summary>
    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}

public sealed class SpreadsheetListSqliteTests(SpreadsheetFixture<SqliteTestDatabase> fixture)
    : SpreadsheetListTests<SqliteTestDatabase>(fixture);

public sealed class SpreadsheetListSqlServerTests(SpreadsheetFixture<SqlServerTestDatabase> fixture)
    : SpreadsheetListTests<SqlServerTestDatabase>(fixture);
