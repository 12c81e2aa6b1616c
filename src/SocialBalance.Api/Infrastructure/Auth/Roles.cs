using System.Security.Claims;

namespace SocialBalance.Api.Infrastructure.Auth;

/// <summary>The two roles a key can hold and the policies built on them.</summary>
public static class Roles
{
    /// <summary>The municipality: manages metadata, organisations and keys, and may write any figure.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// An organisation's reporting key: posts figures only of the indicators its organisation is granted, for the areas
    /// linked to it, and replaces or retracts only figures its organisation wrote.
    /// </summary>
    public const string Reporter = "reporter";

    public static readonly string[] All = [Admin, Reporter];

    public const string WriterPolicy = "writer";
    public const string AdminPolicy = "admin";
}

/// <summary>The claims the API key handler issues.</summary>
public static class ApiKeyClaims
{
    public const string OrganisationType = "organisation";
    public const string KeyIdType = "key_id";

    /// <summary>The caller's organisation code; only called behind an authorization policy.</summary>
    public static string Organisation(this ClaimsPrincipal user) =>
        user.FindFirstValue(OrganisationType) ?? throw new InvalidOperationException("No organisation claim: is the endpoint authorized?");

    /// <summary>The id of the key in <c>api_key</c>, or null for the bootstrap key from configuration.</summary>
    public static long? KeyId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(KeyIdType), out var id) ? id : null;

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    /// <summary>The partition of the write rate limit: one bucket per key.</summary>
    public static string RateLimitPartition(this ClaimsPrincipal user) =>
        user.FindFirstValue(KeyIdType) ?? (user.Identity?.IsAuthenticated == true ? "bootstrap" : "anonymous");
}
