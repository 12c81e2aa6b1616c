using System.Globalization;
using System.Runtime.CompilerServices;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Infrastructure.Http.Uploads;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>Reads a CSV batch into rows numbered by their line, the header naming the columns.</summary>
internal static class CsvObservationReader
{
    private static readonly string[] Required = ["indicator", "area", "year", "value"];
    private static readonly string[] Optional = ["numerator", "denominator", "note"];

    /// <summary>The header names the columns (any order); unknown columns are refused, not ignored.</summary>
    public static async IAsyncEnumerable<UncheckedObservation> ReadAsync(
        TextReader reader, [EnumeratorCancellation] CancellationToken ct, InvalidBytes? invalid = null, string? charset = null)
    {
        Dictionary<string, int>? columns = null;
        await foreach (var record in CsvParser.ReadAsync(reader, ct))
        {
            if (columns is null)
            {
                columns = Header(record);
                continue;
            }

            if (record.Fields.Count != columns.Count)
            {
                yield return Unreadable(record.Line, "row", $"The row has {record.Fields.Count} fields; the header has {columns.Count}.");
                continue;
            }

            // The decoder reads ahead of the parser, so the count says only that some line is bad: the marker says which.
            if (invalid?.Count > 0 && record.Fields.Select((f, i) => (f, i)).FirstOrDefault(f => f.f.Contains(InvalidBytes.Marker)) is ({ } _, var at))
            {
                yield return Unreadable(record.Line, columns.First(c => c.Value == at).Key, ObservationBatchReader.InvalidBytesReason(charset));
                continue;
            }

            yield return Row(record, columns);
        }

        if (columns is null)
        {
            throw new BatchFormatException("body", "The CSV is empty; it needs a header line: indicator,area,year,value[,numerator,denominator,note].");
        }
    }

    private static UncheckedObservation Unreadable(int line, string field, string reason) =>
        new(line, null, null, null, null, null, null, null) { ReadErrors = [new RowError(line, field, reason)] };

    private static Dictionary<string, int> Header(CsvRecord header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, index) in header.Fields.Select((f, i) => (f.Trim().ToLowerInvariant(), i)))
        {
            if (name.Length == 0)
            {
                // An empty name (e.g. a trailing comma) cannot key the error: name the column by its position.
                throw new BatchFormatException($"column {index + 1}", $"Column {index + 1} of the header has no name. The columns are {string.Join(", ", Required.Concat(Optional))}.");
            }

            if (!Required.Contains(name) && !Optional.Contains(name))
            {
                throw new BatchFormatException(name, $"Unknown column '{Echo.Clip(name)}' in the header. The columns are {string.Join(", ", Required.Concat(Optional))}; organisation, status and ids are set by the server.");
            }

            if (!columns.TryAdd(name, index))
            {
                throw new BatchFormatException(name, $"The column '{Echo.Clip(name)}' appears twice in the header.");
            }
        }

        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new BatchFormatException(missing[0], $"The header lacks the column(s) {string.Join(", ", missing)}.");
        }

        return columns;
    }

    private static UncheckedObservation Row(CsvRecord record, Dictionary<string, int> columns)
    {
        var errors = new List<RowError>();
        string? Text(string name) => columns.TryGetValue(name, out var i) && record.Fields[i].Length > 0 ? record.Fields[i] : null;

        double? Number(string name)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            errors.Add(new RowError(record.Line, name, $"'{Echo.Clip(text)}' is not a number (use a point as the decimal separator)."));
            return null;
        }

        int? year = null;
        var yearText = Text("year");
        if (yearText is not null)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                year = y;
            }
            else
            {
                errors.Add(new RowError(record.Line, "year", $"'{Echo.Clip(yearText)}' is not a whole year."));
            }
        }

        return new UncheckedObservation(record.Line, Text("indicator"), Text("area"), year, Number("value"), Number("numerator"), Number("denominator"), Text("note"))
        {
            ReadErrors = errors,
        };
    }
}
