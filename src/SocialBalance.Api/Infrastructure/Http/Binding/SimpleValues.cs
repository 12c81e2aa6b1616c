using System.Globalization;

namespace SocialBalance.Api.Infrastructure.Http.Binding;

/// <summary>
/// Reads a route or query value as the framework's binding does (invariant culture, the same number and date styles),
/// so a value refused here would have been refused there: the check runs first, and knows the parameter's name.
/// </summary>
public static class SimpleValues
{
    private const NumberStyles Whole = NumberStyles.Integer;
    private const NumberStyles Real = NumberStyles.Float | NumberStyles.AllowThousands;
    private const DateTimeStyles Time = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;

    /// <summary>Whether values of <paramref name="type"/> (nullable or not) are checked here.</summary>
    public static bool Checks(Type type) => Kind(type) is not null;

    public static bool IsValid(Type type, string text)
    {
        var c = CultureInfo.InvariantCulture;
        return Kind(type) switch
        {
            "int" => int.TryParse(text, Whole, c, out _),
            "long" => long.TryParse(text, Whole, c, out _),
            "double" => double.TryParse(text, Real, c, out _),
            "decimal" => decimal.TryParse(text, Real, c, out _),
            "bool" => bool.TryParse(text, out _),
            "time" => DateTimeOffset.TryParse(text, c, Time, out _),
            _ => true,
        };
    }

    /// <summary>The refusal, in the caller's words: "'abc' is not a valid whole number."</summary>
    public static string Refusal(Type type, string text) => $"'{Errors.Echo.Clip(text)}' is not a valid {Friendly(type)}.";

    private static string Friendly(Type type) => Kind(type) switch
    {
        "int" or "long" => "whole number",
        "double" or "decimal" => "number",
        "bool" => "boolean (true or false)",
        "time" => "timestamp (ISO 8601)",
        _ => "value",
    };

    private static string? Kind(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) ? "int"
            : t == typeof(long) ? "long"
            : t == typeof(double) ? "double"
            : t == typeof(decimal) ? "decimal"
            : t == typeof(bool) ? "bool"
            : t == typeof(DateTimeOffset) || t == typeof(DateTime) ? "time"
            : null;
    }
}
