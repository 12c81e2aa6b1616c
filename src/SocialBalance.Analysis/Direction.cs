namespace SocialBalance.Analysis;

/// <summary>Which way an indicator should move. Neutral indicators are shown but never judged.</summary>
public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

/// <summary>The wire codes of <see cref="Direction"/> (<c>higher-is-better</c>, <c>lower-is-better</c>, <c>neutral</c>).</summary>
public static class DirectionCodes
{
    public const string HigherIsBetter = "higher-is-better";
    public const string LowerIsBetter = "lower-is-better";
    public const string Neutral = "neutral";

    public static IReadOnlyList<string> All { get; } = [HigherIsBetter, LowerIsBetter, Neutral];

    public static string ToCode(this Direction direction) => direction switch
    {
        Direction.HigherIsBetter => HigherIsBetter,
        Direction.LowerIsBetter => LowerIsBetter,
        Direction.Neutral => Neutral,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };

    // Codes are data typed by people, so surrounding blanks and letter case are forgiven.
    public static bool TryParse(string? code, out Direction direction)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case HigherIsBetter: direction = Direction.HigherIsBetter; return true;
            case LowerIsBetter: direction = Direction.LowerIsBetter; return true;
            case Neutral: direction = Direction.Neutral; return true;
            default: direction = default; return false;
        }
    }

    public static Direction Parse(string code) =>
        TryParse(code, out var direction)
            ? direction
            : throw new FormatException($"'{code}' is not a direction; expected one of: {string.Join(", ", All)}.");

    /// <summary>+1 when higher is better, −1 when lower is better, 0 when neutral.</summary>
    public static int Sign(this Direction direction) => direction switch
    {
        Direction.HigherIsBetter => 1,
        Direction.LowerIsBetter => -1,
        _ => 0,
    };
}
