using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SocialBalance.Client.Tests;

/// <summary>Compares a served answer with what a Newtonsoft.Json client read of it, as JSON.</summary>
internal static class NewtonsoftJson
{
    /// <summary>Where two JSON documents first differ, to name it in a failure.</summary>
    public static string FirstDifference(JToken served, JToken read)
    {
        if (served is JContainer && read is JContainer && served.Type == read.Type)
        {
            var keys = served is JObject s && read is JObject r
                ? s.Properties().Select(p => p.Name).Union(r.Properties().Select(p => p.Name)).Select(k => (object)k)
                : Enumerable.Range(0, Math.Max(served.Count(), read.Count())).Select(i => (object)i);
            foreach (var key in keys)
            {
                var (a, b) = (served[key], read[key]);
                if (a is null || b is null)
                {
                    return $"{(a ?? b)!.Path}: served {a?.ToString(Formatting.None) ?? "nothing"}, read {b?.ToString(Formatting.None) ?? "nothing"}";
                }

                if (!JToken.DeepEquals(a, b))
                {
                    return FirstDifference(a, b);
                }
            }
        }

        return $"{served.Path}: served {served.ToString(Formatting.None)}, read {read.ToString(Formatting.None)}";
    }

    /// <summary>
    /// JSON with every null property left out (NSwag's models omit nulls when written), and every number as a decimal,
    /// so 16 and 16.0 (a double written back) are the same number.
    /// </summary>
    public static JToken Normalised(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.DateTimeOffset, FloatParseHandling = FloatParseHandling.Decimal };
        var token = JToken.Load(reader);
        foreach (var nullProperty in token.SelectTokens("$..*").OfType<JValue>().Where(v => v.Type == JTokenType.Null && v.Parent is JProperty).Select(v => (JProperty)v.Parent!).ToList())
        {
            nullProperty.Remove();
        }

        foreach (var number in token.SelectTokens("$..*").OfType<JValue>().Where(v => v.Type is JTokenType.Integer or JTokenType.Float).ToList())
        {
            number.Value = Convert.ToDecimal(number.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return token;
    }
}
