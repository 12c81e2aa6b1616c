using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Areas;

public sealed class AreaQueries(DbConnectionFactory db)
{
    private const string Columns = """
        SELECT a.code, a.name_da, a.name_en, k.code AS kind_code, k.name_da AS kind_name_da,
               k.name_en AS kind_name_en, a.parent_code, a.note_da, a.note_en
        FROM area a
        JOIN area_kind k ON k.code = a.kind_code
        """;

    private const string Order = "\nORDER BY a.sort_order, a.code";

    private const string ByKind = "a.kind_code = @Kind";

    private const string ByParent = "a.parent_code = @Parent";

    private const string OneArea = Columns + "\nWHERE a.code = @Code";

    private const string Parent = "SELECT code, name_da, name_en FROM area WHERE code = @Parent";

    private const string Children = """
        SELECT code, name_da, name_en
        FROM area
        WHERE parent_code = @Code
        ORDER BY sort_order, code
        """;

    private const string Organisations = """
        SELECT o.code, o.name_da, o.name_en
        FROM organisation_area oa
        JOIN organisation o ON o.code = oa.organisation_code
        WHERE oa.area_code = @Code AND o.kind = 'housing-organisation'
        ORDER BY o.code
        """;

    private const string ListHistory = """
        SELECT e.list_year, e.published_on, c.code AS category_code, c.name_da AS category_name_da,
               c.name_en AS category_name_en, e.source
        FROM official_list_entry e
        JOIN list_category c ON c.code = e.category_code
        WHERE e.area_code = @Code
        ORDER BY e.list_year
        """;

    public async Task<IReadOnlyList<AreaSummary>> ListAsync(string? kind, string? parent, CancellationToken ct)
    {
        // Only fixed fragments are joined; every value stays a parameter.
        var conditions = new List<string>();
        if (kind is not null)
        {
            conditions.Add(ByKind);
        }

        if (parent is not null)
        {
            conditions.Add(ByParent);
        }

        var sql = Columns + (conditions.Count > 0 ? "\nWHERE " + string.Join(" AND ", conditions) : "") + Order;
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<AreaRow>(new CommandDefinition(
            sql,
            new { Kind = db.Dialect.Code(kind ?? ""), Parent = db.Dialect.Code(parent ?? "") },
            cancellationToken: ct));
        return rows.Select(r => r.ToSummary()).ToList();
    }

    public async Task<AreaResponse?> FindAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var parameters = new { Code = db.Dialect.Code(code) };
        var area = await connection.QuerySingleOrDefaultAsync<AreaRow>(new CommandDefinition(OneArea, parameters, cancellationToken: ct));
        if (area is null)
        {
            return null;
        }

        var parent = area.ParentCode is null
            ? null
            : await connection.QuerySingleOrDefaultAsync<NamedRow>(new CommandDefinition(
                Parent, new { Parent = db.Dialect.Code(area.ParentCode) }, cancellationToken: ct));
        var children = await connection.QueryAsync<NamedRow>(new CommandDefinition(Children, parameters, cancellationToken: ct));
        var organisations = await connection.QueryAsync<NamedRow>(new CommandDefinition(Organisations, parameters, cancellationToken: ct));
        var history = await connection.QueryAsync<ListEntryRow>(new CommandDefinition(ListHistory, parameters, cancellationToken: ct));

        var summary = area.ToSummary();
        return new AreaResponse(
            summary.Code,
            summary.Name,
            summary.Kind,
            Common.LocalizedText.OrNull(area.NoteDa, area.NoteEn),
            parent?.ToCodeAndName(),
            children.Select(c => c.ToCodeAndName()).ToList(),
            organisations.Select(o => o.ToCodeAndName()).ToList(),
            history.Select(h => new OfficialListEntry(
                h.ListYear,
                DateOnly.FromDateTime(h.PublishedOn),
                new Common.CodeAndName(h.CategoryCode, new Common.LocalizedText(h.CategoryNameDa, h.CategoryNameEn)),
                h.Source)).ToList());
    }
}
