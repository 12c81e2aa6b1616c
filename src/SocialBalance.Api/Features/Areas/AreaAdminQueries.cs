using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Areas;

public sealed class AreaAdminQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Get = """
        SELECT code, name_da, name_en, kind_code, parent_code, note_da, note_en, sort_order, version
        FROM area
        WHERE code = @Code
        """;

    private const string Insert = """
        INSERT INTO area (code, name_da, name_en, kind_code, parent_code, note_da, note_en, sort_order, version)
        VALUES (@Code, @NameDa, @NameEn, @Kind, @Parent, @NoteDa, @NoteEn, @SortOrder, 1)
        """;

    private const string Update = """
        UPDATE area
        SET name_da = @NameDa, name_en = @NameEn, kind_code = @Kind, parent_code = @Parent, note_da = @NoteDa, note_en = @NoteEn,
            sort_order = @SortOrder, version = version + 1
        WHERE code = @Code AND version = @Version
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) => [Get, Insert, Update];

    public async Task<AreaRecord?> GetAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<AreaRecordRow>(new CommandDefinition(Get, new { Code = db.Dialect.Code(code) }, cancellationToken: ct));
        return row?.ToRecord();
    }

    /// <summary>Creates the area; a code that exists already is a constraint violation (409).</summary>
    public async Task CreateAsync(AreaCreateRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Insert, Parameters(request.Code, new AreaUpdateRequest(
            request.Name, request.Kind, request.Parent, request.Note, request.SortOrder), version: 0), cancellationToken: ct));
    }

    /// <summary>Updates the area if it is still at <paramref name="version"/>.</summary>
    public async Task<bool> UpdateAsync(string code, AreaUpdateRequest request, int version, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(Update, Parameters(code, request, version), cancellationToken: ct)) == 1;
    }

    private object Parameters(string code, AreaUpdateRequest r, int version) => new
    {
        Code = db.Dialect.Code(code),
        NameDa = r.Name.Da,
        NameEn = r.Name.En,
        Kind = db.Dialect.Code(r.Kind),
        // A plain string: Dapper refuses a null DbString (ICustomQueryParameter), and a top-level area has no parent.
        Parent = r.Parent,
        NoteDa = r.Note?.Da,
        NoteEn = r.Note?.En,
        r.SortOrder,
        Version = version,
    };
}
