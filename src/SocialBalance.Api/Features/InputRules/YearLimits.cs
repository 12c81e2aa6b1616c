namespace SocialBalance.Api.Features.InputRules;

/// <summary>The years a request may name, one place for every feature that takes a year.</summary>
public static class YearLimits
{
    /// <summary>The earliest year a query may ask about.</summary>
    public const int QueryMin = 1900;

    /// <summary>The latest year a query may ask about.</summary>
    public const int QueryMax = 2100;

    /// <summary>The earliest year a posted observation may describe; the latest is the current year.</summary>
    public const int FirstPosted = 1990;
}
