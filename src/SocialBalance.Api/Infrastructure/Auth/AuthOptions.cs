namespace SocialBalance.Api.Infrastructure.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The shortest bootstrap key accepted: 32 characters, so it cannot be a guessable word.</summary>
    public const int MinBootstrapKeyLength = 32;

    /// <summary>
    /// The first admin key, for the municipality (<c>gladsaxe-kommune</c>), so it can create the other keys.
    /// There is deliberately no default: without it, no one can write until an operator sets one.
    /// </summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>Seconds between two writes of a key's last-used time: one UPDATE per key per minute, not per request.</summary>
    public int LastUsedResolutionSeconds { get; set; } = 60;
}
