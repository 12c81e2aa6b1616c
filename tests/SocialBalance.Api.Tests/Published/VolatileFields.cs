using System.Text.Json.Nodes;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// The fields of an answer that legitimately differ between two instances doing the same thing: when something
/// happened, identities a database hands out (an identity column may skip values, e.g. after a rolled-back insert),
/// secrets, and trace ids. Each is replaced by a placeholder unless it is null, so null against a value still differs.
/// </summary>
public static class VolatileFields
{
    public const string Placeholder = "(volatile)";

    /// <summary>Masked in every answer.</summary>
    public static readonly IReadOnlySet<string> Always = new HashSet<string>(StringComparer.Ordinal)
    {
        "createdAt", "updatedAt", "recordedAt", "retractedAt", "lastUpdated", "lastUsedAt", "revokedAt",
        "traceId", "importId", "apiKeyId",
    };

    /// <summary>A copy of <paramref name="node"/> with every property named in <see cref="Always"/> or <paramref name="extra"/> masked.</summary>
    public static JsonNode? Mask(JsonNode? node, IReadOnlySet<string> extra) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(
            p.Key,
            p.Value is not null && (Always.Contains(p.Key) || extra.Contains(p.Key)) ? JsonValue.Create(Placeholder) : Mask(p.Value, extra)))),
        JsonArray array => new JsonArray(array.Select(item => Mask(item, extra)).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
