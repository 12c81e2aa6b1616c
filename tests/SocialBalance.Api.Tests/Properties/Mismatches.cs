using System.Globalization;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>What kind of number an answer holds: a stored figure passed through, or a number computed from figures.</summary>
public enum NumberKind
{
    /// <summary>A figure as stored (a base, current or reference value, a value a list criterion averaged): must come back exactly.</summary>
    Figure,

    /// <summary>Computed from figures (a CAGR, ratio, score, shortfall, average, threshold or margin).</summary>
    Derived,
}

/// <summary>
/// Every difference between an endpoint's answer and the Analysis library's result, each with where it is, so one
/// failure lists all of them. A JSON field that is missing counts as null.
/// </summary>
public sealed class Mismatches
{
    /// <summary>
    /// Derived numbers are compared exactly too: the Analysis library rounds each one at its documented precision (the
    /// indicator's decimals + 3 in its unit, 6 decimals for ratios, CAGRs and scores), and the answers carry exactly
    /// those numbers, so any difference at all is a different computation.
    /// </summary>
    private readonly List<string> found = [];

    public IReadOnlyList<string> Found => found;

    /// <summary>The one rule for numbers, stored figures and derived numbers alike: the same double.</summary>
    public static bool SameNumber(double? expected, double? actual, NumberKind kind) => (expected, actual) switch
    {
        (null, null) => true,
        ({ } e, { } a) => e == a,
        _ => false,
    };

    public static JsonElement Field(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : default;

    /// <summary>A code: a string, or the <c>code</c> of an object (a code with names); "(none)" when neither.</summary>
    public static string CodeOf(JsonElement e)
    {
        var code = e.ValueKind == JsonValueKind.Object ? Field(e, "code") : e;
        return code.ValueKind == JsonValueKind.String ? code.GetString()! : "(none)";
    }

    /// <summary>The elements of an array; none when the answer has no array there.</summary>
    public static IReadOnlyList<JsonElement> Elements(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    public void Add(string where, object? expected, object? actual) => found.Add($"{where}: expected {Show(expected)}, got {Show(actual)}");

    public void Number(string where, double? expected, JsonElement actual, NumberKind kind)
    {
        double? got = actual.ValueKind == JsonValueKind.Number ? actual.GetDouble() : null;
        if (!SameNumber(expected, got, kind) || (got is null && !IsNull(actual))) Add(where, expected, Raw(actual));
    }

    public void Figure(string where, double? expected, JsonElement actual) => Number(where, expected, actual, NumberKind.Figure);

    public void Derived(string where, double? expected, JsonElement actual) => Number(where, expected, actual, NumberKind.Derived);

    public void Int(string where, int? expected, JsonElement actual)
    {
        int? got = actual.ValueKind == JsonValueKind.Number && actual.TryGetInt32(out var i) ? i : null;
        if (expected != got || (got is null && !IsNull(actual))) Add(where, expected, Raw(actual));
    }

    public void Bool(string where, bool? expected, JsonElement actual)
    {
        bool? got = actual.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
        if (expected != got || (got is null && !IsNull(actual))) Add(where, expected, Raw(actual));
    }

    public void Text(string where, string? expected, JsonElement actual)
    {
        var got = actual.ValueKind == JsonValueKind.String ? actual.GetString() : null;
        if (expected != got || (got is null && !IsNull(actual))) Add(where, expected, Raw(actual));
    }

    /// <summary>A code, either a string or an object with a <c>code</c>.</summary>
    public void Code(string where, string? expected, JsonElement actual) =>
        Text(where, expected, actual.ValueKind == JsonValueKind.Object ? Field(actual, "code") : actual);

    /// <summary>
    /// An array of codes, in order: strings, objects with a <c>code</c>, or (with <paramref name="field"/>) objects whose
    /// <paramref name="field"/> is one of those.
    /// </summary>
    public void Codes(string where, IEnumerable<string> expected, JsonElement actual, string? field = null) =>
        Sequence(where, expected, Elements(actual).Select(e => CodeOf(field is null ? e : Field(e, field))));

    /// <summary>Two sequences of short texts, equal in order.</summary>
    public void Sequence(string where, IEnumerable<string?> expected, IEnumerable<string?> actual)
    {
        var (want, got) = (string.Join(", ", expected), string.Join(", ", actual));
        if (want != got) Add(where, $"[{want}]", $"[{got}]");
    }

    /// <summary>
    /// The items of an answer's array, by key, after checking it holds exactly the keys expected (in any order).
    /// Missing items are reported here and left out of the result.
    /// </summary>
    public Dictionary<string, JsonElement> Items(string where, JsonElement array, Func<JsonElement, string> key, IEnumerable<string> expectedKeys)
    {
        var items = array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : [];
        var byKey = new Dictionary<string, JsonElement>();
        foreach (var item in items)
        {
            if (!byKey.TryAdd(key(item), item)) Add(where, "each item once", $"{key(item)} twice");
        }

        var expected = expectedKeys.ToList();
        if (expected.Count != byKey.Count || expected.Any(k => !byKey.ContainsKey(k)))
        {
            Add($"{where} items", $"[{string.Join(", ", expected.Order())}]", $"[{string.Join(", ", byKey.Keys.Order())}]");
        }

        return byKey;
    }

    /// <summary>Year–value pairs (a series' figures, the values a criterion averaged), exactly and in order.</summary>
    public void YearValues(string where, IEnumerable<(int Year, double Value)> expected, JsonElement actual)
    {
        var want = string.Join(" ", expected.Select(p => $"{p.Year}:{p.Value.ToString("R", CultureInfo.InvariantCulture)}"));
        var got = actual.ValueKind == JsonValueKind.Array
            ? string.Join(" ", actual.EnumerateArray().Select(p => $"{Field(p, "year")}:{Field(p, "value").GetDouble().ToString("R", CultureInfo.InvariantCulture)}"))
            : Raw(actual);
        if (want != got) Add(where, $"[{want}]", $"[{got}]");
    }

    /// <summary>Missing figures as (indicator, area, year), in order.</summary>
    public void Missing(string where, IEnumerable<(string Indicator, string Area, int? Year)> expected, JsonElement actual)
    {
        var want = string.Join(" ", expected.Select(m => $"{m.Indicator}/{m.Area}/{m.Year}"));
        var got = actual.ValueKind == JsonValueKind.Array
            ? string.Join(" ", actual.EnumerateArray().Select(m =>
                $"{CodeOf(Field(m, "indicator"))}/{CodeOf(Field(m, "area"))}/{(Field(m, "year").ValueKind == JsonValueKind.Number ? Field(m, "year").GetInt32() : null)}"))
            : Raw(actual);
        if (want != got) Add(where, $"[{want}]", $"[{got}]");
    }

    private static bool IsNull(JsonElement e) => e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    private static string Raw(JsonElement e) => e.ValueKind == JsonValueKind.Undefined ? "(missing)" : e.GetRawText();

    private static string Show(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };
}
