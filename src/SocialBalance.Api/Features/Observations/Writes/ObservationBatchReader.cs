using System.Text;
using System.Text.Json;
using SocialBalance.Api.Infrastructure.Http.Binding;
using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Infrastructure.Http.Uploads;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>A batch body that cannot be read at all (not a row-level problem): answered 400.</summary>
internal sealed class BatchFormatException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Reads a batch body, JSON array or CSV, into rows numbered the way the caller sees them.</summary>
internal static class ObservationBatchReader
{
    public const int MaxRows = 100_000;

    public static async Task<List<UncheckedObservation>> ReadAsync(HttpRequest request, JsonSerializerOptions json, CancellationToken ct)
    {
        var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value;
        var charset = UploadEncoding.Charset(request);
        var invalid = new InvalidBytes();
        var encoding = UploadEncoding.For(charset, invalid);
        var rows = new List<UncheckedObservation>();
        if (string.Equals(mediaType, Csv.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            // No byte-order-mark detection: it would swap in a decoder that replaces invalid bytes silently. The UTF-8
            // decoder given skips a UTF-8 BOM itself.
            using var reader = new StreamReader(request.Body, encoding, detectEncodingFromByteOrderMarks: false);
            await foreach (var row in CsvObservationReader.ReadAsync(reader, ct, invalid, charset))
            {
                Add(rows, row);
            }
        }
        else if (mediaType is null || mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            // Decoded through the same counting decoder (UTF-8 to UTF-8 too), so an invalid byte is a row error, not a
            // replacement character stored.
            await using var body = Encoding.CreateTranscodingStream(request.Body, encoding, Encoding.UTF8, leaveOpen: true);
            var position = 0;
            try
            {
                await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, ElementOptions(json), ct))
                {
                    position++;
                    var row = UncheckedObservation.From(position, Element(element, position, json));
                    Add(rows, invalid.Count > 0 ? MarkInvalidBytes(row, charset) : row);
                }
            }
            catch (JsonException e) when (position == 0 && e.Path is null or "$")
            {
                // The root itself is not an array (a number, a text, an object): the body as a whole is at fault.
                throw new BatchFormatException("body", JsonShape.ArrayRequired);
            }
        }
        else
        {
            throw new BatchFormatException("Content-Type", "Send a JSON array (application/json) or CSV (text/csv).");
        }

        return rows;
    }

    // Elements are read as they are, so that a repeated field is named by the contract check below, like any other.
    private static JsonSerializerOptions ElementOptions(JsonSerializerOptions json) => new(json) { AllowDuplicateProperties = true };

    /// <summary>One element of a JSON batch, checked against the contract of a figure before it is read as one.</summary>
    private static ObservationInput Element(JsonElement element, int position, JsonSerializerOptions json)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            throw new BatchFormatException($"[{position - 1}]", $"Element {position} is null; every element must be a figure object.");
        }

        var at = $"[{position - 1}]";
        var problems = JsonShape.Problems(element, typeof(ObservationInput), json, at);
        if (problems.Count > 0)
        {
            throw new InvalidRequestException(problems);
        }

        try
        {
            return element.Deserialize<ObservationInput>(json)!;
        }
        catch (JsonException e)
        {
            // The element's own path ($.year) as a path in the batch ($[0].year).
            throw new JsonException(null, "$" + at + e.Path?.TrimStart('$'), null, null, e);
        }
    }

    private static UncheckedObservation MarkInvalidBytes(UncheckedObservation row, string? charset)
    {
        var field = new[] { ("indicator", row.Indicator), ("area", row.Area), ("note", row.Note) }
            .FirstOrDefault(f => f.Item2?.Contains(InvalidBytes.Marker, StringComparison.Ordinal) == true).Item1;
        return field is null ? row : row with { ReadErrors = [.. row.ReadErrors, new RowError(row.Row, field, InvalidBytesReason(charset))] };
    }

    internal static string InvalidBytesReason(string? charset)
    {
        var name = (charset ?? "utf-8").ToUpperInvariant();
        return $"This field holds bytes that are not valid {name}; save the file as {name} (or declare its charset) and send it again.";
    }

    private static void Add(List<UncheckedObservation> rows, UncheckedObservation row)
    {
        if (rows.Count == MaxRows)
        {
            throw new BatchFormatException("body", $"A batch holds at most {MaxRows} rows; split the upload.");
        }

        rows.Add(row);
    }
}
