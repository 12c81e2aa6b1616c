namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>The <c>Limits</c> configuration section.</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Anonymous reads one client (IP address) may make per minute before it gets 429.</summary>
    public int AnonymousReadsPerMinute { get; set; } = 1200;

    /// <summary>How long a request may run before it is abandoned with a problem response.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
