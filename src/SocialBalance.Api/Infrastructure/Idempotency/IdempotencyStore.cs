using System.Data.Common;
using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.Http.Limits;

namespace SocialBalance.Api.Infrastructure.Idempotency;

/// <summary>A stored idempotency record.</summary>
public sealed class IdempotencyRecord
{
    public string Fingerprint { get; init; } = "";
    public string State { get; init; } = "";
    public int? ResponseStatus { get; init; }
    public string? ResponseType { get; init; }
    public string? ResponseBody { get; init; }
    public string? ResponseLocation { get; init; }

    public bool InProgress => State == IdempotencyStore.InProgress;
}

/// <summary>
/// Claims a key with an INSERT before the request runs: the primary key makes the claim atomic on either
/// database, so two concurrent requests with one key never both run.
/// </summary>
public sealed class IdempotencyStore(DbConnectionFactory db, TimeProvider clock, LimitOptions limits) : ISqlStatementSource
{
    public const string InProgress = "in-progress";

    /// <summary>How long a key is remembered: the draft's "at least 24 hours".</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private const string Purge = "DELETE FROM idempotency_record WHERE expires_at < @Now";

    private const string Claim = """
        INSERT INTO idempotency_record (organisation_code, idempotency_key, fingerprint, state, created_at, expires_at)
        VALUES (@Organisation, @Key, @Fingerprint, 'in-progress', @Now, @Expires)
        """;

    // A claim whose request died with its process (kill -9, crash, power loss) is never released: after the
    // lease a retry takes it over, atomically, so two retries cannot both win.
    private const string TakeOver = """
        UPDATE idempotency_record
        SET fingerprint = @Fingerprint, created_at = @Now, expires_at = @Expires
        WHERE organisation_code = @Organisation AND idempotency_key = @Key AND state = 'in-progress' AND created_at < @AbandonedBefore
        """;

    private const string Find = """
        SELECT fingerprint, state, response_status, response_type, response_body, response_location
        FROM idempotency_record
        WHERE organisation_code = @Organisation AND idempotency_key = @Key
        """;

    private const string Complete = """
        UPDATE idempotency_record
        SET state = 'completed', response_status = @Status, response_type = @Type, response_body = @Body, response_location = @Location
        WHERE organisation_code = @Organisation AND idempotency_key = @Key
        """;

    private const string Release = "DELETE FROM idempotency_record WHERE organisation_code = @Organisation AND idempotency_key = @Key";

    public static IEnumerable<string> Statements(SqlDialect dialect) => [Purge, Claim, TakeOver, Find, Complete, Release];

    /// <summary>Claims the key for this request; answers null when claimed, else the record that holds it.</summary>
    public async Task<IdempotencyRecord?> ClaimAsync(string organisation, string key, string fingerprint, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Purge, new { Now = now }, cancellationToken: ct));
        var claim = new
        {
            Organisation = db.Dialect.Code(organisation),
            Key = KeyParameter(key),
            Fingerprint = db.Dialect.Code(fingerprint),
            Now = now,
            Expires = now + Retention,
            AbandonedBefore = now - limits.IdempotencyClaimLease,
        };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(Claim, claim, cancellationToken: ct));
                return null;
            }
            catch (DbException e) when (DatabaseErrors.IsConstraintViolation(e))
            {
                if (await connection.ExecuteAsync(new CommandDefinition(TakeOver, claim, cancellationToken: ct)) == 1)
                {
                    return null;
                }

                var existing = await connection.QuerySingleOrDefaultAsync<IdempotencyRecord>(new CommandDefinition(
                    Find, new { Organisation = db.Dialect.Code(organisation), Key = KeyParameter(key) }, cancellationToken: ct));
                if (existing is not null)
                {
                    return existing;
                }

                // Released between our insert and our read: try the claim again.
            }
        }

        throw new InvalidOperationException("The idempotency key could not be claimed.");
    }

    public async Task CompleteAsync(string organisation, string key, int status, string? type, string body, string? location, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Complete, new
        {
            Organisation = db.Dialect.Code(organisation),
            Key = KeyParameter(key),
            Status = status,
            Type = type,
            Body = body,
            Location = location,
        }, cancellationToken: ct));
    }

    /// <summary>Forgets a claim whose request failed, so the client can retry with the same key.</summary>
    public async Task ReleaseAsync(string organisation, string key)
    {
        // Not the request's token: a cancelled request must still free its key.
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(Release, new { Organisation = db.Dialect.Code(organisation), Key = KeyParameter(key) });
    }

    private static DbString KeyParameter(string key) => new() { Value = key, IsAnsi = true, Length = 255 };
}
