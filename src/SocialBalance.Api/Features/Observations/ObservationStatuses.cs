namespace SocialBalance.Api.Features.Observations;

/// <summary>
/// The statuses a figure can have (the rows of <c>observation_status</c>, migration 0003): where it comes from, and so
/// how far to trust it.
/// </summary>
public static class ObservationStatuses
{
    /// <summary>Loaded from its official source.</summary>
    public const string Official = "official";

    /// <summary>A demo figure, never official statistics.</summary>
    public const string Illustrative = "illustrative";

    /// <summary>Posted by an organisation with an API key.</summary>
    public const string Reported = "reported";

    public static IReadOnlyList<string> All { get; } = [Official, Illustrative, Reported];
}
