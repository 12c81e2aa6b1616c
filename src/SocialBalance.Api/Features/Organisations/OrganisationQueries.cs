using Dapper;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Indicators;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Organisations;

public sealed class OrganisationQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private static string List(SqlDialect dialect) => $"SELECT code, name_da, name_en, kind, version FROM organisation ORDER BY {dialect.CodeOrder("code")}";
    private const string Get = "SELECT code, name_da, name_en, kind, version FROM organisation WHERE code = @Code";
    private static string AllLinks(SqlDialect dialect) => $"SELECT organisation_code, area_code AS code FROM organisation_area ORDER BY {dialect.CodeOrder("area_code")}";
    private static string Links(SqlDialect dialect) => $"SELECT organisation_code, area_code AS code FROM organisation_area WHERE organisation_code = @Code ORDER BY {dialect.CodeOrder("area_code")}";
    private static string AllGrants(SqlDialect dialect) => $"SELECT organisation_code, indicator_code AS code FROM organisation_indicator ORDER BY {dialect.CodeOrder("indicator_code")}";
    private static string Grants(SqlDialect dialect) => $"SELECT organisation_code, indicator_code AS code FROM organisation_indicator WHERE organisation_code = @Code ORDER BY {dialect.CodeOrder("indicator_code")}";
    private const string Insert = "INSERT INTO organisation (code, name_da, name_en, kind, version) VALUES (@Code, @NameDa, @NameEn, @Kind, 1)";
    private const string Update = "UPDATE organisation SET name_da = @NameDa, name_en = @NameEn, kind = @Kind, version = version + 1 WHERE code = @Code AND version = @Version";

    // Linking or granting twice is not an error: the link is there either way (PUT is idempotent).
    private const string Link = """
        INSERT INTO organisation_area (organisation_code, area_code)
        SELECT @Code, @Area
        WHERE NOT EXISTS (SELECT 1 FROM organisation_area WHERE organisation_code = @Code AND area_code = @Area)
        """;

    private const string Unlink = "DELETE FROM organisation_area WHERE organisation_code = @Code AND area_code = @Area";

    private const string Supplier = "SELECT supplier FROM indicator WHERE code = @Indicator";

    // The supplier is checked again in the statement that grants, so an indicator that became an official source
    // since it was read is not granted.
    private const string Grant = """
        INSERT INTO organisation_indicator (organisation_code, indicator_code)
        SELECT @Code, @Indicator
        WHERE NOT EXISTS (SELECT 1 FROM organisation_indicator WHERE organisation_code = @Code AND indicator_code = @Indicator)
          AND NOT EXISTS (SELECT 1 FROM indicator WHERE code = @Indicator AND supplier IN @Official)
        """;

    private const string Revoke = "DELETE FROM organisation_indicator WHERE organisation_code = @Code AND indicator_code = @Indicator";

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
        [List(dialect), Get, AllLinks(dialect), Links(dialect), AllGrants(dialect), Grants(dialect), Insert, Update, Link, Unlink, Supplier, Grant, Revoke];

    public async Task<IReadOnlyList<OrganisationRecord>> ListAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<OrganisationRow>(new CommandDefinition(List(db.Dialect), cancellationToken: ct));
        var links = (await connection.QueryAsync<OrganisationLinkRow>(new CommandDefinition(AllLinks(db.Dialect), cancellationToken: ct)))
            .ToLookup(l => l.OrganisationCode, l => l.Code);
        var grants = (await connection.QueryAsync<OrganisationLinkRow>(new CommandDefinition(AllGrants(db.Dialect), cancellationToken: ct)))
            .ToLookup(g => g.OrganisationCode, g => g.Code);
        return rows.Select(r => ToRecord(r, links[r.Code].ToList(), grants[r.Code].ToList())).ToList();
    }

    public async Task<OrganisationRecord?> GetAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var parameters = new { Code = db.Dialect.Code(code) };
        var row = await connection.QuerySingleOrDefaultAsync<OrganisationRow>(new CommandDefinition(Get, parameters, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }

        var areas = await connection.QueryAsync<OrganisationLinkRow>(new CommandDefinition(Links(db.Dialect), parameters, cancellationToken: ct));
        var indicators = await connection.QueryAsync<OrganisationLinkRow>(new CommandDefinition(Grants(db.Dialect), parameters, cancellationToken: ct));
        return ToRecord(row, areas.Select(a => a.Code).ToList(), indicators.Select(i => i.Code).ToList());
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

    public Task LinkAsync(string code, string area, CancellationToken ct) => ExecuteAsync(Link, new { Code = db.Dialect.Code(code), Area = db.Dialect.Code(area) }, ct);

    /// <summary>Removes the link; false when there was none.</summary>
    public async Task<bool> UnlinkAsync(string code, string area, CancellationToken ct) =>
        await ExecuteAsync(Unlink, new { Code = db.Dialect.Code(code), Area = db.Dialect.Code(area) }, ct) > 0;

    /// <summary>The indicator's supplier; null when there is no such indicator.</summary>
    public async Task<string?> SupplierAsync(string indicator, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(Supplier, new { Indicator = db.Dialect.Code(indicator) }, cancellationToken: ct));
    }

    public Task GrantAsync(string code, string indicator, CancellationToken ct) => ExecuteAsync(Grant, new
    {
        Code = db.Dialect.Code(code),
        Indicator = db.Dialect.Code(indicator),
        Official = db.Dialect.Codes(IndicatorSuppliers.Official),
    }, ct);

    /// <summary>Withdraws the grant; false when there was none.</summary>
    public async Task<bool> RevokeAsync(string code, string indicator, CancellationToken ct) =>
        await ExecuteAsync(Revoke, new { Code = db.Dialect.Code(code), Indicator = db.Dialect.Code(indicator) }, ct) > 0;

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
    }

    private static OrganisationRecord ToRecord(OrganisationRow row, IReadOnlyList<string> areas, IReadOnlyList<string> indicators) =>
        new(row.Code, new LocalizedText(row.NameDa, row.NameEn), row.Kind, areas, indicators, row.Version);
}
