using Dapper;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Areas;

public sealed class AreaQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Columns = """
        SELECT a.code, a.name_da, a.name_en, k.code AS kind_code, k.name_da AS kind_name_da,
               k.name_en AS kind_name_en, a.parent_code, a.note_da, a.note_en
        FROM area a
        JOIN area_kind k ON k.code = a.kind_code
        """;

    private static string Order(SqlDialect dialect) => $"\nORDER BY a.sort_order, {dialect.CodeOrder("a.code")}";

    private const string ByKind = "a.kind_code = @Kind";

    private const string ByParent = "a.parent_code = @Parent";

    private const string OneArea = Columns + "\nWHERE a.code = @Code";

    private const string Parent = """
        SELECT p.code, p.name_da, p.name_en
        FROM area c
        JOIN area p ON p.code = c.parent_code
        WHERE c.code = @Code
        """;

    private static string Children(SqlDialect dialect) => $"""
        SELECT code, name_da, name_en
        FROM area
        WHERE parent_code = @Code
        ORDER BY sort_order, {dialect.CodeOrder("code")}
        """;

    private static string Organisations(SqlDialect dialect) => $"""
        SELECT o.code, o.name_da, o.name_en
        FROM organisation_area oa
        JOIN organisation o ON o.code = oa.organisation_code
        WHERE oa.area_code = @Code AND o.kind = 'housing-organisation'
        ORDER BY {dialect.CodeOrder("o.code")}
        """;

    private const string ListHistory = """
        SELECT e.list_year, e.published_on, c.code AS category_code, c.name_da AS category_name_da,
               c.name_en AS category_name_en, e.source
        FROM official_list_entry e
        JOIN list_category c ON c.code = e.category_code
        WHERE e.area_code = @Code
        ORDER BY e.list_year
        """;

    /// <summary>The optional filters of the area list; each adds one fixed condition.</summary>
    [Flags]
    private enum ListFilter
    {
        None = 0,
        Kind = 1,
        Parent = 2,
        All = Kind | Parent,
    }

    /// <summary>The list in every filter combination, then the statements behind one area.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect)
    {
        for (var filter = ListFilter.None; filter <= ListFilter.All; filter++)
        {
            yield return ListSql(dialect, filter);
        }

        yield return OneArea;
        yield return Parent;
        yield return Children(dialect);
        yield return Organisations(dialect);
        yield return ListHistory;
    }

    public async Task<IReadOnlyList<AreaSummary>> ListAsync(string? kind, string? parent, CancellationToken ct)
    {
        var filter = (kind is null ? ListFilter.None : ListFilter.Kind) | (parent is null ? ListFilter.None : ListFilter.Parent);
        var sql = ListSql(db.Dialect, filter);
        await using var connection = await db.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<AreaRow>(new CommandDefinition(
            sql,
            new { Kind = db.Dialect.Code(kind ?? ""), Parent = db.Dialect.Code(parent ?? "") },
            cancellationToken: ct));
        return rows.Select(r => r.ToSummary()).ToList();
    }

    /// <summary>The list query for the filters given; used by the endpoint and by <see cref="Statements"/>.</summary>
    private static string ListSql(SqlDialect dialect, ListFilter filter)
    {
        var conditions = new List<string>();
        if (filter.HasFlag(ListFilter.Kind))
        {
            conditions.Add(ByKind);
        }

        if (filter.HasFlag(ListFilter.Parent))
        {
            conditions.Add(ByParent);
        }

        return Columns + SqlFragments.Where(conditions) + Order(dialect);
    }

    /// <summary>One area with its parent, children, organisations and list history: one batch, one round trip.</summary>
    public async Task<AreaResponse?> FindAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var batch = string.Join(";\n", OneArea, Parent, Children(db.Dialect), Organisations(db.Dialect), ListHistory);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            batch, new { Code = db.Dialect.Code(code) }, cancellationToken: ct));
        var area = await results.ReadSingleOrDefaultAsync<AreaRow>();
        if (area is null)
        {
            return null;
        }

        var parent = await results.ReadSingleOrDefaultAsync<NamedRow>();
        var children = await results.ReadAsync<NamedRow>();
        var organisations = await results.ReadAsync<NamedRow>();
        var history = await results.ReadAsync<ListEntryRow>();

        var summary = area.ToSummary();
        return new AreaResponse(
            summary.Code,
            summary.Name,
            summary.Kind,
            LocalizedText.OrNull(area.NoteDa, area.NoteEn),
            parent?.ToCodeAndName(),
            children.Select(c => c.ToCodeAndName()).ToList(),
            organisations.Select(o => o.ToCodeAndName()).ToList(),
            history.Select(h => new OfficialListEntry(
                h.ListYear,
                DateOnly.FromDateTime(h.PublishedOn),
                new CodeAndName(h.CategoryCode, new LocalizedText(h.CategoryNameDa, h.CategoryNameEn)),
                h.Source)).ToList());
    }
}
