namespace SocialBalance.Api.Tests.Features.Precision;

/// <summary>
/// Walks every number of a JSON or CSV answer and names each one with more decimals than its field allows. Numbers
/// are read as written (the raw JSON token, the CSV cell), never through a double.
/// </summary>
public sealed class NumberWalker(IReadOnlyDictionary<string, int> indicatorDecimals)
{
    public List<string> Json(string url, JsonElement root, string? indicator)
    {
        var found = new List<string>();
        Walk(url, "$", null, root, indicator, found);
        return found;
    }

    public List<string> Csv(string url, List<string[]> records, string? indicator)
    {
        var found = new List<string>();
        var header = records[0];
        var indicatorColumn = Array.IndexOf(header, "indicator");
        foreach (var (record, row) in records.Skip(1).Select((r, i) => (r, i + 1)))
        {
            var rowIndicator = indicatorColumn >= 0 ? record[indicatorColumn] : indicator;
            for (var column = 0; column < header.Length; column++)
            {
                if (!NumberRules.IsNumber(record[column])) continue;
                Check($"{url} (CSV) row {row}", header[column], NumberRules.ForCsvColumn(header[column]), record[column], rowIndicator, found);
            }
        }

        return found;
    }

    private void Walk(string url, string path, string? name, JsonElement element, string? indicator, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                indicator = OwnIndicator(name, element) ?? indicator;
                foreach (var property in element.EnumerateObject())
                {
                    Walk(url, $"{path}.{property.Name}", property.Name, property.Value, indicator, found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(url, $"{path}[{index++}]", name, item, indicator, found);
                }

                break;
            case JsonValueKind.Number:
                Check($"{url} {path}", name ?? "(root)", name is null ? null : NumberRules.ForJsonField(name), element.GetRawText(), indicator, found);
                break;
        }
    }

    private static string? OwnIndicator(string? name, JsonElement element)
    {
        if (name is not null && NumberRules.IndicatorOfObject.TryGetValue(name, out var fixedIndicator)) return fixedIndicator;
        if (!element.TryGetProperty("indicator", out var indicator)) return null;
        return indicator.ValueKind switch
        {
            JsonValueKind.String => indicator.GetString(),
            JsonValueKind.Object => indicator.GetProperty("code").GetString(),
            _ => null,
        };
    }

    private void Check(string where, string field, Precision? precision, string text, string? indicator, List<string> found)
    {
        if (precision is not { } rule)
        {
            found.Add($"{where}: '{field}' = {text} has no precision rule");
            return;
        }

        int? decimals = indicator is not null && indicatorDecimals.TryGetValue(indicator, out var d) ? d : null;
        if (NumberRules.AllowedDecimals(rule, decimals) is not { } allowed)
        {
            found.Add($"{where}: '{field}' = {text} ({rule}) has no indicator in scope");
            return;
        }

        if (NumberRules.Decimals(text) > allowed)
        {
            found.Add($"{where}: '{field}' = {text} has more than {allowed} decimals ({rule}, indicator {indicator ?? "–"})");
        }
    }
}
