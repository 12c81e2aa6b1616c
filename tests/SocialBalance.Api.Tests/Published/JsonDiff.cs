using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// Where two JSON documents differ, as JSON paths with both values: property order is ignored, numbers compare by
/// value (60 and 60.0 are equal), everything else exactly.
/// </summary>
public static class JsonDiff
{
    // Failure messages show Danish names and problem titles as written, not as \u escapes.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> Differences(JsonNode? left, JsonNode? right, string leftName, string rightName, int max = 20)
    {
        var found = new List<string>();
        Walk(left, right, "$", found, max, leftName, rightName);
        return found;
    }

    private static void Walk(JsonNode? left, JsonNode? right, string path, List<string> found, int max, string leftName, string rightName)
    {
        if (found.Count >= max)
        {
            return;
        }

        switch (left, right)
        {
            case (null, null):
                return;
            case (JsonObject l, JsonObject r):
                foreach (var key in l.Select(p => p.Key).Union(r.Select(p => p.Key)))
                {
                    var inLeft = l.TryGetPropertyValue(key, out var lv);
                    var inRight = r.TryGetPropertyValue(key, out var rv);
                    if (inLeft != inRight)
                    {
                        found.Add($"{path}.{key}: {leftName} {(inLeft ? Show(lv) : "(absent)")}, {rightName} {(inRight ? Show(rv) : "(absent)")}");
                    }
                    else
                    {
                        Walk(lv, rv, $"{path}.{key}", found, max, leftName, rightName);
                    }
                }

                return;
            case (JsonArray l, JsonArray r):
                for (var i = 0; i < Math.Min(l.Count, r.Count); i++)
                {
                    Walk(l[i], r[i], $"{path}[{i}]", found, max, leftName, rightName);
                }

                if (l.Count != r.Count && found.Count < max)
                {
                    found.Add($"{path}: {leftName} has {l.Count} items, {rightName} {r.Count}");
                }

                return;
            case (JsonValue l, JsonValue r) when SameValue(l, r):
                return;
            case (JsonValue { } l, JsonValue { } r) when l.TryGetValue<string>(out var ls) && r.TryGetValue<string>(out var rs) && (ls.Contains('\n') || rs.Contains('\n')):
                found.Add($"{path}: {FirstDifferentLine(ls, rs, leftName, rightName)}");
                return;
            default:
                found.Add($"{path}: {leftName} {Show(left)}, {rightName} {Show(right)}");
                return;
        }
    }

    private static bool SameValue(JsonValue left, JsonValue right)
    {
        var l = left.GetValueKind();
        var r = right.GetValueKind();
        if (l == System.Text.Json.JsonValueKind.Number && r == System.Text.Json.JsonValueKind.Number)
        {
            return Number(left) == Number(right);
        }

        return l == r && JsonNode.DeepEquals(left, right);
    }

    private static double Number(JsonValue value) =>
        double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Text bodies (CSV) differ somewhere on a line: show that line from each.</summary>
    private static string FirstDifferentLine(string left, string right, string leftName, string rightName)
    {
        var l = left.Split('\n');
        var r = right.Split('\n');
        for (var i = 0; i < Math.Max(l.Length, r.Length); i++)
        {
            var lLine = i < l.Length ? l[i].TrimEnd('\r') : "(no line)";
            var rLine = i < r.Length ? r[i].TrimEnd('\r') : "(no line)";
            if (lLine != rLine)
            {
                return $"line {i + 1}: {leftName} \"{Truncate(lLine)}\", {rightName} \"{Truncate(rLine)}\"";
            }
        }

        return "line endings differ";
    }

    private static string Show(JsonNode? node) => node is null ? "null" : Truncate(node.ToJsonString(Readable));

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
