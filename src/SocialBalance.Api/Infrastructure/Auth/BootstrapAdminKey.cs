using System.Security.Cryptography;
using System.Text;

namespace SocialBalance.Api.Infrastructure.Auth;

/// <summary>
/// The admin key from configuration (<c>Auth:BootstrapAdminKey</c>), held only as its SHA-256 from start-up
/// on. It belongs to the municipality and is how the first real keys get created; it is not stored in the
/// database, so rotating it is a configuration change and a restart.
/// </summary>
public sealed class BootstrapAdminKey
{
    public const string Organisation = "gladsaxe-kommune";

    private readonly byte[]? hash;

    public BootstrapAdminKey(AuthOptions options)
    {
        var key = options.BootstrapAdminKey;
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        if (key.Trim().Length < AuthOptions.MinBootstrapKeyLength)
        {
            throw new InvalidOperationException(
                $"Auth:BootstrapAdminKey must be at least {AuthOptions.MinBootstrapKeyLength} characters (use a random value).");
        }

        hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));
    }

    public bool IsConfigured => hash is not null;

    /// <summary>Constant-time comparison of hashes, so neither length nor content leaks through timing.</summary>
    public bool Matches(string presented) =>
        hash is not null && CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
