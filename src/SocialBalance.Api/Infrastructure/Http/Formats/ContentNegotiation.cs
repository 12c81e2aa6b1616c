namespace SocialBalance.Api.Infrastructure.Http.Formats;

public enum ResponseFormat
{
    Json,
    Csv,
}

/// <summary>Chooses JSON or CSV from the Accept header; JSON unless CSV is preferred.</summary>
public static class ContentNegotiation
{
    public static ResponseFormat Choose(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return ResponseFormat.Json;
        }

        foreach (var media in accept.OrderByDescending(m => m.Quality ?? 1.0))
        {
            if (media.Quality == 0)
            {
                continue;
            }

            if (media.MediaType.Equals(Csv.MediaType, StringComparison.OrdinalIgnoreCase))
            {
                return ResponseFormat.Csv;
            }

            if (media.MatchesAllTypes || media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || media.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || media.MediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase))
            {
                return ResponseFormat.Json;
            }
        }

        return ResponseFormat.Json;
    }

    public static bool WantsCsv(this HttpRequest request) => Choose(request) == ResponseFormat.Csv;
}
