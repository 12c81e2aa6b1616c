using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialBalance.Api.Tests.Features.Precision;

/// <summary>
/// Redoes the sums of the formula texts in decimal arithmetic, at the documented precision, and checks that each
/// result shown is what its shown inputs give, and is the number in the answer's field.
/// </summary>
public static partial class FormulaChecks
{
    private const string N = @"-?\d+(?:\.\d+)?";
    private const string T = @"\(?-?\d+(?:\.\d+)?\)?";

    /// <summary>A shortfall (or a neutral difference) and its relative figure.</summary>
    public static void Shortfall(JsonElement measurement, List<string> found)
    {
        var formula = measurement.GetProperty("formula").GetString()!;
        var m = Regex.Match(formula, $@"^(shortfall|difference) = \w+ − \w+ = (?<a>{N}) − (?<b>{T}) = (?<c>{N})(; relative = (?<s>{T}) / \|(?<r>{N})\| = (?<q>{N}))?");
        if (!Expect(m.Success, formula, "is not a shortfall formula", found)) return;
        var result = D(m, "a") - D(m, "b");
        Expect(result == D(m, "c"), formula, $"a − b is {result}", found);
        Expect(D(m, "c") == Field(measurement, m.Groups[1].Value), formula, "the result is not the field", found);
        if (!m.Groups["q"].Success) return;
        var relative = Round(D(m, "s") / Math.Abs(D(m, "r")), NumberRules.RatioDecimals);
        Expect(relative == D(m, "q") && relative == Field(measurement, "relativeShortfall"), formula, $"relative is {relative}", found);
    }

    /// <summary>A list criterion at one level: the average, the threshold, the verdict and the margin.</summary>
    public static void CriterionLevel(JsonElement criterion, JsonElement level, int indicatorDecimals, List<string> found)
    {
        var formula = level.GetProperty("formula").GetString()!;
        var m = Regex.Match(formula,
            $@"^value = (\((?<terms>[^=]*)\) / (?<n>\d+) = )?(?<v>{N}); (threshold = (?<p>{N}) × \w+ average (?<ref>{N}) = (?<t>{N}); )?(?<v2>{N}) (?<op>[<>≤≥]) (?<t2>{N}): (?<met>met|not met) \(margin (?<margin>{N})\)$");
        if (!Expect(m.Success, formula, "is not a criterion formula", found)) return;
        var unit = indicatorDecimals + NumberRules.ExtraUnitDecimals;
        var value = D(m, "v");
        if (m.Groups["terms"].Success)
        {
            var average = Round(m.Groups["terms"].Value.Split(" + ").Sum(Parse) / int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), unit);
            Expect(average == value, formula, $"the average is {average}", found);
        }

        var threshold = D(m, "t2");
        if (m.Groups["t"].Success)
        {
            var product = Round(D(m, "p") * D(m, "ref"), unit);
            Expect(product == D(m, "t") && product == threshold, formula, $"the threshold is {product}", found);
        }

        var op = m.Groups["op"].Value;
        var met = op switch { ">" => value > threshold, "≥" => value >= threshold, "<" => value < threshold, _ => value <= threshold };
        var margin = op is ">" or "≥" ? value - threshold : threshold - value;
        Expect(met == (m.Groups["met"].Value == "met") && met == level.GetProperty("met").GetBoolean(), formula, $"the verdict is {met}", found);
        Expect(margin == D(m, "margin") && margin == Field(level, "margin"), formula, $"the margin is {margin}", found);
        Expect(value == Field(criterion, "value") && threshold == Field(level, "threshold"), formula, "the value or threshold is not the field", found);
        if (threshold != 0)
        {
            var relative = Round(margin / Math.Abs(threshold), NumberRules.RatioDecimals);
            Expect(relative == Field(level, "relativeMargin"), formula, $"the relative margin is {relative}", found);
        }
    }

    /// <summary>A gap target: the target shortfall and the target value.</summary>
    public static void GapTarget(JsonElement gapTarget, int indicatorDecimals, List<string> found)
    {
        var formula = gapTarget.GetProperty("formula").GetString()!;
        var m = Regex.Match(formula,
            $@"= (?<s>{N}) × (?<share>{N}) = (?<ts>{N}); target value = reference value \d+ (?<sign>[−+]) target shortfall = (?<ref>{N}) [−+] (?<ts2>{T}) = (?<tv>{N})$");
        if (!Expect(m.Success, formula, "is not a gap target formula", found)) return;
        var shortfall = Round(D(m, "s") * D(m, "share"), indicatorDecimals + NumberRules.ExtraUnitDecimals);
        var target = m.Groups["sign"].Value == "+" ? D(m, "ref") + shortfall : D(m, "ref") - shortfall;
        Expect(shortfall == D(m, "ts") && shortfall == D(m, "ts2") && shortfall == Field(gapTarget, "targetShortfall"), formula, $"the target shortfall is {shortfall}", found);
        Expect(target == D(m, "tv") && target == Field(gapTarget, "targetValue"), formula, $"the target value is {target}", found);
    }

    /// <summary>A progress series: r or p, the scaled thresholds, and the score from them.</summary>
    public static void Progress(JsonElement series, List<string> found)
    {
        if (series.GetProperty("score").ValueKind == JsonValueKind.Null || series.GetProperty("status").GetString() == "target-achieved") return;
        var formula = series.GetProperty("formula").GetString()!;
        var m = Regex.Match(formula,
            $@"(r = sign · dir · observed / \|required\||p = sign · dir · CAGR) = (?<sign>-?1) · (?<dir>-?1) · (?<o>{T})( / (?<q>{N}))? = (?<x>{N});.* score = (?<rule>.+?) = (?<score>{N})$");
        if (!Expect(m.Success, formula, "is not a progress formula", found)) return;
        var x = D(m, "sign") * D(m, "dir") * D(m, "o");
        if (m.Groups["q"].Success) x = Round(x / D(m, "q"), NumberRules.RatioDecimals);
        Expect(x == D(m, "x") && x == Field(series, "progressValue"), formula, $"r or p is {x}", found);

        var c = series.GetProperty("coefficient").ValueKind == JsonValueKind.Number ? Field(series, "coefficient") : 1m;
        if (!m.Groups["q"].Success)
        {
            var t = Regex.Match(formula, $@"thresholds high (?<h>{N}), medium (?<m>{N}), low (?<l>{N})");
            var (high, medium) = (Round(0.015m * c, NumberRules.RatioDecimals), Round(0.005m * c, NumberRules.RatioDecimals));
            Expect(t.Success && D(t, "h") == high && D(t, "m") == medium && D(t, "l") == 0, formula, $"the thresholds are {high}, {medium}, 0", found);
        }

        var score = m.Groups["rule"].Value switch
        {
            "min(7.1429 · r − 4.2857, 5)" => Math.Min(7.1429m * x - 4.2857m, 5),
            "max(4.1667 · r − 2.5, −5)" => Math.Max(4.1667m * x - 2.5m, -5),
            "max(125 · p − 2.5, −5)" => Math.Max(125 * x - 2.5m, -5),
            "5 (c = 0)" => 5,
            "min(500 · p / c − 5, 5)" => Math.Min(500 * x / c - 5, 5),
            "250 · p / c − 1.25" => 250 * x / c - 1.25m,
            _ => 500 * x / c - 2.5m,
        };
        score = Round(score, NumberRules.RatioDecimals);
        Expect(score == D(m, "score") && score == Field(series, "score"), formula, $"the score is {score}", found);
    }

    /// <summary>The mean of the series' scores.</summary>
    public static void MeanScore(JsonElement summary, List<string> found)
    {
        var formula = summary.GetProperty("formula").GetString()!;
        var m = Regex.Match(formula, $@"^mean score = \((?<terms>[^=]*)\) / (?<n>\d+) = (?<mean>{N})");
        if (!m.Success) return; // no series has a score
        var mean = Round(m.Groups["terms"].Value.Split(" + ").Sum(Parse) / int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), NumberRules.RatioDecimals);
        Expect(mean == D(m, "mean") && mean == Field(summary, "meanScore"), formula, $"the mean is {mean}", found);
    }

    private static bool Expect(bool holds, string formula, string problem, List<string> found)
    {
        if (!holds) found.Add($"{formula}: {problem}");
        return holds;
    }

    private static decimal D(Match m, string group) => Parse(m.Groups[group].Value);

    private static decimal Parse(string text) =>
        decimal.Parse(text.Trim().Trim('(', ')'), NumberStyles.Float, CultureInfo.InvariantCulture);

    // The field as written on the wire, never through a double.
    private static decimal Field(JsonElement parent, string name) => Parse(parent.GetProperty(name).GetRawText());

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
