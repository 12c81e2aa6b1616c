using Dapper;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.ApiKeys;

public sealed class ApiKeyQueries(DbConnectionFactory db, TimeProvider clock) : ISqlStatementSource
{
    private const string Into = "INSERT INTO api_key (organisation_code, role, name, prefix, key_salt, key_hash, created_at)";
    private const string Values = "VALUES (@Organisation, @Role, @Name, @Prefix, @Salt, @Hash, @Now)";

    private const string Columns = "SELECT id, prefix, organisation_code, role, name, created_at, revoked_at, last_used_at FROM api_key";
    private const string List = Columns + "\nORDER BY id";
    private const string ById = Columns + "\nWHERE id = @Id";

    // Revoking twice keeps the first time.
    private const string Revoke = "UPDATE api_key SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL";

    public static IEnumerable<string> Statements(SqlDialect dialect) => [dialect.InsertReturningId(Into, Values), List, ById, Revoke];

    public async Task<CreatedApiKeyResponse> CreateAsync(CreateApiKeyRequest request, CancellationToken ct)
    {
        var key = ApiKeySecrets.Generate();
        await using var connection = await db.OpenAsync(ct);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(db.Dialect.InsertReturningId(Into, Values), new
        {
            Organisation = db.Dialect.Code(request.Organisation),
            Role = db.Dialect.Code(request.Role),
            request.Name,
            Prefix = db.Dialect.Code(key.Prefix),
            Salt = db.Dialect.Code(key.Salt),
            Hash = db.Dialect.Code(key.Hash),
            Now = clock.GetUtcNow(),
        }, cancellationToken: ct));
        var row = await connection.QuerySingleAsync<ApiKeyRow>(new CommandDefinition(ById, new { Id = id }, cancellationToken: ct));
        return new CreatedApiKeyResponse(key.Key, row.ToResponse());
    }

    public async Task<IReadOnlyList<ApiKeyResponse>> ListAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(List, cancellationToken: ct));
        return rows.Select(r => r.ToResponse()).ToList();
    }

    /// <summary>One key without its secret; null when no key has that id.</summary>
    public async Task<ApiKeyResponse?> GetAsync(long id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(ById, new { Id = id }, cancellationToken: ct));
        return row?.ToResponse();
    }

    /// <summary>Revokes the key; null when no key has that id.</summary>
    public async Task<ApiKeyResponse?> RevokeAsync(long id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Revoke, new { Id = id, Now = clock.GetUtcNow() }, cancellationToken: ct));
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(ById, new { Id = id }, cancellationToken: ct));
        return row?.ToResponse();
    }
}
