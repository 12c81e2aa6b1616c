using System.Text.Json;

namespace SocialBalance.Client.Tests;

/// <summary>Nullable numbers of a plain JSON answer, to compare with the typed client's nullable properties.</summary>
internal static class JsonValues
{
    public static int? Int(this JsonElement element, string property) =>
        element.GetProperty(property) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    public static double? Number(this JsonElement element, string property) =>
        element.GetProperty(property) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    /// <summary>A property of a nested object that may be null: <c>latest.difference</c>.</summary>
    public static double? Number(this JsonElement element, string outer, string property) =>
        element.GetProperty(outer) is { ValueKind: JsonValueKind.Object } nested ? nested.Number(property) : null;
}
