using System.Security.Cryptography;
using System.Text;

namespace SocialBalance.Api.Infrastructure.Auth;

/// <summary>A new key: the text shown once to its owner, and what is stored instead of it.</summary>
public sealed record NewApiKey(string Key, string Prefix, string Salt, string Hash);

/// <summary>
/// Key format <c>sbk_&lt;16 hex prefix&gt;_&lt;43 base64url secret&gt;</c>: 256 random bits of secret, and a
/// 64-bit random prefix that is stored in clear only to find the row (it proves nothing by itself).
/// Stored: a random 128-bit salt and SHA-256(salt ‖ key). A fast hash suffices because the key is random
/// (no dictionary to try); the salt keeps two databases' hashes unrelated.
/// </summary>
public static class ApiKeySecrets
{
    private const string Scheme = "sbk_";
    private const int PrefixLength = 16;

    public static NewApiKey Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{Scheme}{prefix}_{secret}";
        var salt = RandomNumberGenerator.GetBytes(16);
        return new NewApiKey(key, prefix, Convert.ToHexStringLower(salt), Convert.ToHexStringLower(Hash(salt, key)));
    }

    /// <summary>The lookup prefix of a key in this API's format, or null when it is not one.</summary>
    public static string? PrefixOf(string key) =>
        key.Length > Scheme.Length + PrefixLength + 1
        && key.StartsWith(Scheme, StringComparison.Ordinal)
        && key[Scheme.Length + PrefixLength] == '_'
            ? key.Substring(Scheme.Length, PrefixLength)
            : null;

    /// <summary>Compares in constant time, so the answer's timing tells nothing about how much matched.</summary>
    public static bool Matches(string key, string saltHex, string hashHex)
    {
        byte[] salt, expected;
        try
        {
            salt = Convert.FromHexString(saltHex);
            expected = Convert.FromHexString(hashHex);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Hash(salt, key), expected);
    }

    public static byte[] Hash(ReadOnlySpan<byte> salt, string key)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var input = new byte[salt.Length + keyBytes.Length];
        salt.CopyTo(input);
        keyBytes.CopyTo(input.AsSpan(salt.Length));
        return SHA256.HashData(input);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
