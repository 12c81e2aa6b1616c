namespace SocialBalance.Api.Features.Calculations;

/// <summary>
/// <see cref="FormulaText"/>'s numbers, each distinct one formatted once: for the formulas of one answer.
/// </summary>
/// <remarks>
/// The national list writes about 60,000 numbers into its formulas, and FormulaText's custom format is slow to
/// apply; most of them recur (thresholds, parameters, the national and regional averages, figures with one
/// decimal). Keyed by the bits, so 0 and −0 keep their own texts. One instance per answer, used by one thread at a time.
/// </remarks>
public sealed class FormulaNumbers
{
    private readonly Dictionary<long, string> texts = [];

    public string Num(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        if (!texts.TryGetValue(bits, out var text))
        {
            text = FormulaText.Num(value);
            texts[bits] = text;
        }

        return text;
    }

    public string Num(double? value) => value is { } v ? Num(v) : FormulaText.Num(value);

    public string Term(double value) => value < 0 ? FormulaText.Term(value) : Num(value);
}
