namespace SocialBalance.Api.Features.Calculations;

/// <summary>The years a calculation reads, both ends included: what a figure query needs to load and no more.</summary>
public readonly record struct YearRange(int From, int To)
{
    // An open end: later than any figure year the validators accept.
    public const int LastYear = 9999;

    /// <summary>The baseline and every year after it up to <paramref name="latest"/> (or every later year when null).</summary>
    public static YearRange FromBaseline(int baseline, int? latest) => new(baseline, latest ?? LastYear);
}
