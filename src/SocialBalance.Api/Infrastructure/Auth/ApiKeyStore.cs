using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Infrastructure.Auth;

/// <summary>A stored key as the authentication handler needs it.</summary>
public sealed class StoredApiKey
{
    public long Id { get; init; }
    public string OrganisationCode { get; init; } = "";
    public string Role { get; init; } = "";
    public string KeySalt { get; init; } = "";
    public string KeyHash { get; init; } = "";
    public DateTimeOffset? RevokedAt { get; init; }
}

/// <summary>The SQL of authentication: find a key by its prefix, record that it was used.</summary>
public sealed class ApiKeyStore(DbConnectionFactory db, AuthOptions options, TimeProvider clock) : ISqlStatementSource
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, DateTimeOffset> lastWritten = new();

    private const string FindByPrefix = """
        SELECT id, organisation_code, role, key_salt, key_hash, revoked_at
        FROM api_key
        WHERE prefix = @Prefix
        """;

    private const string Touch = "UPDATE api_key SET last_used_at = @Now WHERE id = @Id";

    public static IEnumerable<string> Statements(SqlDialect dialect) => [FindByPrefix, Touch];

    public async Task<StoredApiKey?> FindAsync(string prefix, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StoredApiKey>(new CommandDefinition(
            FindByPrefix, new { Prefix = db.Dialect.Code(prefix) }, cancellationToken: ct));
    }

    /// <summary>
    /// Records that a key was used, at most once per <see cref="AuthOptions.LastUsedResolutionSeconds"/> per key
    /// and process: "last used" is for spotting dormant keys, which needs minutes, not every request.
    /// </summary>
    public async Task RecordUseAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var resolution = TimeSpan.FromSeconds(options.LastUsedResolutionSeconds);
        if (lastWritten.TryGetValue(id, out var last) && now - last < resolution)
        {
            return;
        }

        lastWritten[id] = now;
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Touch, new { Id = id, Now = now }, cancellationToken: ct));
    }
}
