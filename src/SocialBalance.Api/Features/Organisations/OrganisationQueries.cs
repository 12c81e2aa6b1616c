using Dapper;
using SocialBalance.Api.Features.Common;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Organisations;

public sealed class OrganisationQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private static string List(SqlDialect dialect) => $"SELECT code, name_da, name_en, kind, version FROM organisation ORDER BY {dialect.CodeOrder("code")}";
    private const string Get = "SELECT code, name_da, name_en, kind, version FROM organisation WHERE code = @Code";
    private static string AllLinks(SqlDialect dialect) => $"SELECT organisation_code, area_code FROM organisation_area ORDER BY {dialect.CodeOrder("area_code")}";
    private static string Links(SqlDialect dialect) => $"SELECT organisation_code, area_code FROM organisation_area WHERE organisation_code = @Code ORDER BY {dialect.CodeOrder("area_code")}";
    private const string Insert = "INSERT INTO organisation (code, name_da, name_en, kind, version) VALUES (@Code, @NameDa, @NameEn, @Kind, 1)";
    private const string Update = "UPDATE organisation SET name_da = @NameDa, name_en = @NameEn, kind = @Kind, version = version + 1 WHERE code = @Code AND version = @Version";

    // Linking twice is not an error: the link is there either way (PUT is idempotent).
    private const string Link = """
        INSERT INTO organisation_area (organisation_code, area_code)
        SELECT @Code, @Area
        WHERE NOT EXISTS (SELECT 1 FROM organisation_area WHERE organisation_code = @Code AND area_code = @Area)
        """;

    private const string Unlink = "DELETE FROM organisation_area WHERE organisation_code = @Code AND area_code = @Area";

    public static IEnumerable<string> Statements(SqlDialect dialect) => [List(dialect), Get, AllLinks(dialect), Links(dialect), Insert, Update, Link, Unlink];

    public async Task<IReadOnlyList<OrganisationRecord>> ListAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<OrganisationRow>(new CommandDefinition(List(db.Dialect), cancellationToken: ct));
        var links = (await connection.QueryAsync<OrganisationAreaRow>(new CommandDefinition(AllLinks(db.Dialect), cancellationToken: ct)))
            .ToLookup(l => l.OrganisationCode, l => l.AreaCode);
        return rows.Select(r => ToRecord(r, links[r.Code].ToList())).ToList();
    }

    public async Task<OrganisationRecord?> GetAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<OrganisationRow>(new CommandDefinition(Get, new { Code = db.Dialect.Code(code) }, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }

        var areas = await connection.QueryAsync<OrganisationAreaRow>(new CommandDefinition(Links(db.Dialect), new { Code = db.Dialect.Code(code) }, cancellationToken: ct));
        return ToRecord(row, areas.Select(a => a.AreaCode).ToList());
    }

    public async Task CreateAsync(OrganisationCreateRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            Code = db.Dialect.Code(request.Code),
            NameDa = request.Name.Da,
            NameEn = request.Name.En,
            Kind = db.Dialect.Code(request.Kind),
        }, cancellationToken: ct));
    }

    public async Task<bool> UpdateAsync(string code, OrganisationUpdateRequest request, int version, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(Update, new
        {
            Code = db.Dialect.Code(code),
            NameDa = request.Name.Da,
            NameEn = request.Name.En,
            Kind = db.Dialect.Code(request.Kind),
            Version = version,
        }, cancellationToken: ct)) == 1;
    }

    public async Task LinkAsync(string code, string area, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Link, new { Code = db.Dialect.Code(code), Area = db.Dialect.Code(area) }, cancellationToken: ct));
    }

    /// <summary>Removes the link; false when there was none.</summary>
    public async Task<bool> UnlinkAsync(string code, string area, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(Unlink, new { Code = db.Dialect.Code(code), Area = db.Dialect.Code(area) }, cancellationToken: ct)) > 0;
    }

    private static OrganisationRecord ToRecord(OrganisationRow row, IReadOnlyList<string> areas) =>
        new(row.Code, new LocalizedText(row.NameDa, row.NameEn), row.Kind, areas, row.Version);
}
