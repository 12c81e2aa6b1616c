using System.Text.Json.Nodes;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// One request of a scenario and what the service answered: the status, the headers a client acts on, and the body
/// (parsed when it is JSON). <see cref="Comparable"/> is the answer with its volatile fields masked, so the same
/// request on two databases can be compared as a whole.
/// </summary>
public sealed record Answer(
    string Request,
    HttpStatusCode Expected,
    HttpStatusCode Status,
    string? ContentType,
    string? Location,
    string? ETag,
    string? IdempotentReplayed,
    string Text,
    IReadOnlySet<string> Masked)
{
    /// <summary>The body as JSON, or null when it is empty or not JSON (CSV, a 204).</summary>
    public JsonNode? Json { get; } = ParseJson(ContentType, Text);

    /// <summary>Status, headers and body with timestamps, ids, secrets and trace ids replaced by a placeholder.</summary>
    public JsonObject Comparable() => new()
    {
        ["status"] = (int)Status,
        ["contentType"] = ContentType,
        ["location"] = Location,
        // The ETag is a hash of the body, timestamps included: only whether there is one can be compared.
        ["etag"] = ETag is null ? null : VolatileFields.Placeholder,
        ["idempotentReplayed"] = IdempotentReplayed,
        ["body"] = Json is null ? JsonValue.Create(Text) : VolatileFields.Mask(Json, Masked),
    };

    public override string ToString() => $"{Request} → {(int)Status}";

    private static JsonNode? ParseJson(string? contentType, string text) =>
        contentType is not null && contentType.Contains("json", StringComparison.OrdinalIgnoreCase) && text.Length > 0
            ? JsonNode.Parse(text)
            : null;
}
