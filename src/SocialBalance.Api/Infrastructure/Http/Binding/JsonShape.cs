using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SocialBalance.Api.Infrastructure.Http.Binding;

/// <summary>
/// Compares a JSON body with the serializer's contract of the type it is read into (<see cref="JsonTypeInfo"/>), so
/// that each field at fault is named by its path: an unknown field (the caller may not set organisation, status or
/// ids, and a field refused is better than one ignored), a field given twice, and each required field missing.
/// Type mismatches are left to the serializer, whose exception carries the path.
/// </summary>
public static class JsonShape
{
    public const string Unknown = "This field is not accepted: it is unknown or may not be set by the caller.";
    public const string Twice = "This field is given more than once; give it once.";
    public const string Missing = "This field is required.";
    public const string ObjectRequired = "A JSON object is required here.";
    public const string ArrayRequired = "A JSON array is required here.";

    /// <summary>Each field path at fault with its reasons; empty when the body fits the contract.</summary>
    public static Dictionary<string, string[]> Problems(JsonElement body, Type type, JsonSerializerOptions options, string path = "")
    {
        var problems = new List<(string Path, string Reason)>();
        var info = options.GetTypeInfo(type);
        // Only the body as a whole: inside it, null may be a field's value, and a wrong type is the serializer's to name.
        if (path.Length == 0 && WrongKind(body, info) is { } reason)
        {
            problems.Add(("body", reason));
        }

        Check(body, info, options, path, problems);
        return problems.GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Reason).ToArray(), StringComparer.Ordinal);
    }

    private static string? WrongKind(JsonElement body, JsonTypeInfo info) => info.Kind switch
    {
        JsonTypeInfoKind.Object when body.ValueKind != JsonValueKind.Object => ObjectRequired,
        JsonTypeInfoKind.Enumerable when body.ValueKind != JsonValueKind.Array => ArrayRequired,
        _ => null,
    };

    private static void Check(JsonElement element, JsonTypeInfo info, JsonSerializerOptions options, string path, List<(string, string)> problems)
    {
        if (info.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && info.ElementType is { } itemType)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Check(item, options.GetTypeInfo(itemType), options, $"{path}[{index++}]", problems);
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            CheckObject(element, info, options, path, problems);
        }
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo info, JsonSerializerOptions options, string path, List<(string, string)> problems)
    {
        var names = options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var disallowUnknown = (info.UnmappedMemberHandling ?? options.UnmappedMemberHandling) == JsonUnmappedMemberHandling.Disallow;
        var seen = new HashSet<string>(names);
        foreach (var field in element.EnumerateObject())
        {
            var at = Join(path, field.Name);
            var property = info.Properties.FirstOrDefault(p => names.Equals(p.Name, field.Name));
            if (!seen.Add(property?.Name ?? field.Name) && !options.AllowDuplicateProperties)
            {
                problems.Add((at, Twice));
            }
            else if (property is null)
            {
                if (disallowUnknown)
                {
                    problems.Add((at, Unknown));
                }
            }
            else
            {
                Check(field.Value, options.GetTypeInfo(property.PropertyType), options, at, problems);
            }
        }

        foreach (var required in info.Properties.Where(p => IsRequired(p) && !seen.Contains(p.Name)))
        {
            problems.Add((Join(path, required.Name), Missing));
        }
    }

    /// <summary>
    /// Required by the serializer, or a number or flag the constructor needs and has no default for: the serializer would
    /// quietly make it 0 or false, which a caller who left it out did not say.
    /// </summary>
    private static bool IsRequired(JsonPropertyInfo property) =>
        property.IsRequired
        || property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false } && property.PropertyType.IsValueType
            && Nullable.GetUnderlyingType(property.PropertyType) is null;

    /// <summary>Whether every problem is a missing field, which the endpoint's validation may name together with its own.</summary>
    public static bool OnlyMissing(IReadOnlyDictionary<string, string[]> problems) =>
        problems.Values.All(reasons => reasons.All(r => r == Missing));

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
