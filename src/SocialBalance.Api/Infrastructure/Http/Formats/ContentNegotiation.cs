using Microsoft.Net.Http.Headers;

namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>The format of a list's answer: JSON, CSV (RFC 4180) or a spreadsheet (XLSX).</summary>
public enum ResponseFormat
{
    Json,
    Csv,
    Xlsx,
}

/// <summary>
/// Chooses JSON, CSV or a spreadsheet: the <c>format</c> query parameter when given (a plain link can ask for a file),
/// else the Accept header; JSON unless another is preferred.
/// </summary>
public static class ContentNegotiation
{
    /// <summary>The query parameter that chooses the format over Accept: <c>json</c>, <c>csv</c> or <c>xlsx</c>.</summary>
    public const string FormatParameter = "format";

    /// <summary>The query parameter that asks for a UTF-8 byte-order mark before a CSV answer.</summary>
    public const string BomParameter = "bom";

    /// <summary>The Accept parameter that asks the same: <c>text/csv; bom=present</c>.</summary>
    public const string BomAcceptParameter = "bom";

    public static readonly IReadOnlyDictionary<string, ResponseFormat> FormatNames = new Dictionary<string, ResponseFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = ResponseFormat.Json,
        ["csv"] = ResponseFormat.Csv,
        ["xlsx"] = ResponseFormat.Xlsx,
    };

    public static ResponseFormat Choose(HttpRequest request)
    {
        if (request.Query.TryGetValue(FormatParameter, out var asked) && asked.Count == 1 && FormatNames.TryGetValue(asked[0]!, out var chosen))
        {
            return chosen;
        }

        return PreferredMedia(request) switch
        {
            Csv.MediaType => ResponseFormat.Csv,
            Xlsx.MediaType => ResponseFormat.Xlsx,
            _ => ResponseFormat.Json,
        };
    }

    /// <summary>CSV or a spreadsheet: a table of rows rather than the JSON document.</summary>
    public static bool WantsTable(this HttpRequest request) => Choose(request) != ResponseFormat.Json;

    /// <summary>Whether a CSV answer starts with a UTF-8 byte-order mark: <c>bom=true</c>, or <c>Accept: text/csv; bom=present</c>.</summary>
    public static bool WantsBom(HttpRequest request)
    {
        if (request.Query.TryGetValue(BomParameter, out var asked) && asked.Count == 1 && bool.TryParse(asked[0], out var bom))
        {
            return bom;
        }

        return AcceptedCsv(request) is { } csv
            && csv.Parameters.Any(p => p.Name.Equals(BomAcceptParameter, StringComparison.OrdinalIgnoreCase)
                && p.Value.Equals("present", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The refusals of <c>format</c> and <c>bom</c> on an endpoint that answers tables: a value that is none of the formats,
    /// a <c>bom</c> that is not a boolean, either given twice. Empty when both are fine or absent.
    /// </summary>
    public static Dictionary<string, string[]> TableParameterErrors(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (query.TryGetValue(FormatParameter, out var format) && (format.Count != 1 || !FormatNames.ContainsKey(format[0]!)))
        {
            errors[FormatParameter] = [format.Count != 1
                ? "Give 'format' once: json, csv or xlsx."
                : $"'{Errors.Echo.Clip(format[0]!)}' is not a format; use json, csv or xlsx."];
        }

        if (query.TryGetValue(BomParameter, out var bom) && (bom.Count != 1 || !bool.TryParse(bom[0], out _)))
        {
            errors[BomParameter] = [bom.Count != 1
                ? "Give 'bom' once: true or false."
                : Binding.SimpleValues.Refusal(typeof(bool), bom[0]!)];
        }

        return errors;
    }

    private static string? PreferredMedia(HttpRequest request)
    {
        foreach (var media in Ranked(request))
        {
            if (media.MediaType.Equals(Csv.MediaType, StringComparison.OrdinalIgnoreCase))
            {
                return Csv.MediaType;
            }

            if (media.MediaType.Equals(Xlsx.MediaType, StringComparison.OrdinalIgnoreCase))
            {
                return Xlsx.MediaType;
            }

            if (media.MatchesAllTypes || media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || media.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || media.MediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase))
            {
                return "application/json";
            }
        }

        return null;
    }

    private static MediaTypeHeaderValue? AcceptedCsv(HttpRequest request) =>
        Ranked(request).FirstOrDefault(m => m.MediaType.Equals(Csv.MediaType, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<MediaTypeHeaderValue> Ranked(HttpRequest request) =>
        (request.GetTypedHeaders().Accept ?? []).Where(m => m.Quality != 0).OrderByDescending(m => m.Quality ?? 1.0);
}
