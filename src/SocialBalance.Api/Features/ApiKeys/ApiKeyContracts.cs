using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.ApiKeys;

/// <summary>A new API key for an organisation.</summary>
/// <param name="Organisation">The organisation code the key writes for (see /api/v1/areas/{code} for who reports where).</param>
/// <param name="Role"><c>reporter</c> (posts figures for the organisation's areas) or <c>admin</c> (the municipality: everything).</param>
/// <param name="Name">What the key is for, e.g. "GaB nightly export"; helps when revoking.</param>
public sealed record CreateApiKeyRequest(string Organisation, [ClosedVocabulary(typeof(Roles), "ApiKeyRole")] string Role, string Name);

/// <summary>A key as listed: never its secret.</summary>
/// <param name="Id">The key's id (use it to revoke the key).</param>
/// <param name="Prefix">The key's non-secret prefix (the 16 hex digits after <c>sbk_</c>), to tell keys apart.</param>
/// <param name="Organisation">The organisation the key belongs to.</param>
/// <param name="Role"><c>admin</c> or <c>reporter</c>.</param>
/// <param name="Name">What the key is for.</param>
/// <param name="CreatedAt">When the key was created (UTC).</param>
/// <param name="RevokedAt">When the key was revoked, or null while it is valid.</param>
/// <param name="LastUsedAt">When the key was last used (to the minute), or null if never.</param>
public sealed record ApiKeyResponse(
    long Id,
    string Prefix,
    string Organisation,
    [ClosedVocabulary(typeof(Roles), "ApiKeyRole")] string Role,
    string Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt);

/// <summary>A key just created. <paramref name="Key"/> is shown this once and cannot be read again.</summary>
/// <param name="Key">The secret key, for the X-Api-Key header. Store it now: only its hash is kept.</param>
/// <param name="Details">The key as it will be listed.</param>
public sealed record CreatedApiKeyResponse(string Key, ApiKeyResponse Details);

internal sealed class ApiKeyRow
{
    public long Id { get; init; }
    public string Prefix { get; init; } = "";
    public string OrganisationCode { get; init; } = "";
    public string Role { get; init; } = "";
    public string Name { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }

    public ApiKeyResponse ToResponse() => new(Id, Prefix, OrganisationCode, Role, Name, CreatedAt, RevokedAt, LastUsedAt);
}
