namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// The contract's words for a query parameter where an endpoint takes it otherwise than the common table says
/// (one code instead of a list, a list year or a compared year instead of the year a figure describes).
/// </summary>
public static class ParameterText
{
    public const string Compared =
        "The latest year to compare, after `baseline` and not after the latest year with figures (default: the latest year with the figures needed).";

    public const string ListYear =
        "The list year, i.e. the ministry's list of 1 December that year, computed from the figures of the year before.";

    public const string OneIndicator = "One indicator code, e.g. `feel-safe` (see /api/v1/indicators).";
}
