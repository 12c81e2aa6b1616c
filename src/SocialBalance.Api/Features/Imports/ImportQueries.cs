using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Imports;

public sealed class ImportQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Columns = """
        SELECT id, organisation_code, api_key_id, kind, mode, received, created, updated, unchanged, retracted, created_at
        FROM observation_import
        """;

    private const string ByOrganisation = "\nWHERE organisation_code = @Organisation";
    private const string ById = Columns + "\nWHERE id = @Id";
    private const string Newest = "\nORDER BY id DESC";

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
    [
        ById,
        CountSql(""), CountSql(ByOrganisation),
        dialect.Page(Columns + Newest), dialect.Page(Columns + ByOrganisation + Newest),
    ];

    private static string CountSql(string where) => "SELECT COUNT(*) FROM observation_import" + where;

    /// <summary>A page of imports, newest first; only <paramref name="organisation"/>'s when given.</summary>
    public async Task<(IReadOnlyList<ImportResponse> Items, long Total)> PageAsync(string? organisation, int page, int pageSize, CancellationToken ct)
    {
        var where = organisation is null ? "" : ByOrganisation;
        var parameters = new
        {
            Organisation = organisation is null ? null : db.Dialect.Code(organisation),
            Skip = (page - 1) * pageSize,
            Take = pageSize,
        };
        await using var connection = await db.OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql(where), parameters, cancellationToken: ct));
        var rows = await connection.QueryAsync<ImportRow>(new CommandDefinition(db.Dialect.Page(Columns + where + Newest), parameters, cancellationToken: ct));
        return (rows.Select(r => r.ToResponse()).ToList(), total);
    }

    public async Task<ImportResponse?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ImportRow>(new CommandDefinition(ById, new { Id = id }, cancellationToken: ct));
        return row?.ToResponse();
    }
}
