using System.Globalization;
using System.Text;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>Which figure: an indicator, an area and a year.</summary>
public readonly record struct FigureKey(string Indicator, string Area, int Year)
{
    public override string ToString() => $"{Indicator}/{Area}/{Year}";
}

/// <summary>
/// The figure a step writes or retracts. <see cref="Shown"/> picks one of the figures shown when the step runs
/// (by position), so updates and retractions hit real figures however the earlier steps went; otherwise
/// <see cref="Key"/>, which may or may not be shown by then.
/// </summary>
public sealed record KeyRef(bool Shown, int Position, FigureKey Key)
{
    public FigureKey Resolve(IReadOnlyList<FigureKey> shown) => Shown && shown.Count > 0 ? shown[Position % shown.Count] : Key;

    public override string ToString() => Shown ? $"shown[{Position}]" : Key.ToString();
}

/// <summary>
/// A value as a level from 0 to 100 within the indicator's realistic span (see <see cref="FigureValues"/>), so a
/// step generated before its figure is resolved still writes a value the indicator accepts.
/// </summary>
public readonly record struct Level(int Percent)
{
    public override string ToString() => $"L{Percent}";
}

/// <summary>One step of a scenario, applied over HTTP with the admin key.</summary>
public abstract record Step;

/// <summary>POST one figure: a new one, or a new revision of one shown (an update).</summary>
public sealed record PostFigure(KeyRef Figure, Level Value) : Step
{
    public override string ToString() => $"post {Figure} = {Value}";
}

/// <summary>POST a batch (CSV or a JSON array); one duplicate key and the whole batch is refused.</summary>
public sealed record ImportBatch(IReadOnlyList<(KeyRef Figure, Level Value)> Figures, bool AsCsv) : Step
{
    public override string ToString() =>
        $"batch ({(AsCsv ? "CSV" : "JSON")}) [{string.Join(", ", Figures.Select(f => $"{f.Figure} = {f.Value}"))}]";
}

/// <summary>DELETE one figure: 204 when shown, 404 otherwise.</summary>
public sealed record RetractFigure(KeyRef Figure) : Step
{
    public override string ToString() => $"retract {Figure}";
}

/// <summary>Create the target of a slot, or replace it when the slot has one. Each slot has its own target year, so slots never clash.</summary>
public sealed record SetTarget(int Slot, TargetSpec Spec) : Step
{
    public int TargetYear => 2028 + 2 * Slot;

    public override string ToString() => $"target slot {Slot} ({TargetYear}): {Spec}";
}

/// <summary>
/// A target's content: a value (at <see cref="Value"/>) or a share of the baseline gap to <see cref="Reference"/>.
/// With <see cref="OnShown"/> its indicator and area are those of a judged figure shown when the step runs (by
/// <see cref="Position"/>), so that most targets have figures to measure.
/// </summary>
public sealed record TargetSpec(
    bool OnShown, int Position, string Indicator, string Area, int BaselineYear, bool IsGap, Level Value, double RemainingShare, string Reference)
{
    public TargetSpec Resolve(IReadOnlyList<FigureKey> shown)
    {
        var judged = shown.Where(k => FigureValues.Judged.Contains(k.Indicator)).ToList();
        if (!OnShown || judged.Count == 0) return this with { OnShown = false };
        var figure = judged[Position % judged.Count];
        var reference = Reference != figure.Area ? Reference : figure.Area == "gladsaxe" ? "denmark" : "gladsaxe";
        return this with { OnShown = false, Indicator = figure.Indicator, Area = figure.Area, Reference = reference };
    }

    public override string ToString() => (OnShown ? $"shown[{Position}] (else {Indicator}/{Area})" : $"{Indicator}/{Area}") + (IsGap
        ? $" from {BaselineYear}: gap to {Reference} × {RemainingShare.ToString(CultureInfo.InvariantCulture)}"
        : $" from {BaselineYear}: value {Value}");
}

/// <summary>Move a theme to an effect goal (the ambition's effect-goal verdicts read the link).</summary>
public sealed record MoveTheme(string Theme, string EffectGoal) : Step
{
    public override string ToString() => $"move theme {Theme} to {EffectGoal}";
}

/// <summary>Give an indicator another direction and theme (every verdict reads both).</summary>
public sealed record ChangeIndicator(string Indicator, string Direction, string Theme) : Step
{
    public override string ToString() => $"indicator {Indicator}: {Direction}, theme {Theme}";
}

/// <summary>Consecutive yearly figures of one indicator in one area, from <see cref="From"/> on.</summary>
public sealed record Series(string Indicator, string Area, int From, IReadOnlyList<Level> Values)
{
    public IEnumerable<(FigureKey Key, Level Value)> Figures() =>
        Values.Select((value, i) => (new FigureKey(Indicator, Area, From + i), value));

    public override string ToString() => $"{Indicator}/{Area} {From}–{From + Values.Count - 1} [{string.Join(" ", Values)}]";
}

/// <summary>
/// One generated case: the years the derived endpoints are asked about, the figures imported first (one batch;
/// a later series wins where two overlap), and the steps after it.
/// </summary>
public sealed record Scenario(int Baseline, int ListYear, IReadOnlyList<Series> Initial, IReadOnlyList<Step> Steps)
{
    public IReadOnlyList<(FigureKey Key, Level Value)> InitialFigures() =>
        Initial.SelectMany(s => s.Figures()).GroupBy(f => f.Key).Select(g => g.Last()).ToList();

    public override string ToString()
    {
        var text = new StringBuilder($"baseline {Baseline}, list year {ListYear}\n  initial batch:\n");
        foreach (var series in Initial)
        {
            text.Append("    ").Append(series).Append('\n');
        }

        for (var i = 0; i < Steps.Count; i++)
        {
            text.Append("  step ").Append(i + 1).Append(": ").Append(Steps[i]).Append('\n');
        }

        return text.ToString();
    }
}
