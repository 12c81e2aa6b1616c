using Dapper;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Caching;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Areas;

/// <remarks>
/// One area's answer comes from a directory of every area kept while the data version is unchanged, as
/// <see cref="DataVersionTracker"/> knows it (a change through this instance is seen at the next request, one through
/// another instance or straight in the database within its bound): it is read again (one batch of three whole-table
/// queries) after a change, and until then an area costs no query.
/// </remarks>
public sealed class AreaQueries(DbConnectionFactory db, DataVersionTracker versions) : ISqlStatementSource
{
    private readonly KeptByVersion<DataVersion, IReadOnlyDictionary<string, AreaResponse>> keptDirectory = new();

    private const string Columns = """
        SELECT a.code, a.name_da, a.name_en, k.code AS kind_code, k.name_da AS kind_name_da,
               k.name_en AS kind_name_en, a.parent_code, a.note_da, a.note_en
        FROM area a
        JOIN area_kind k ON k.code = a.kind_code
        """;

    private static string Order(SqlDialect dialect) => $"\nORDER BY a.sort_order, {dialect.CodeOrder("a.code")}";

    private const string ByKind = "a.kind_code = @Kind";

    private const string ByParent = "a.parent_code = @Parent";

    // The whole directory behind GET /areas/{code}, read once per data version: every area, every housing
    // organisation's link to an area, and every official list entry.
    private static string OrganisationLinks(SqlDialect dialect) => $"""
        SELECT oa.area_code, o.code, o.name_da, o.name_en
        FROM organisation_area oa
        JOIN organisation o ON o.code = oa.organisation_code
        WHERE o.kind = 'housing-organisation'
        ORDER BY {dialect.CodeOrder("o.code")}
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

        yield return OrganisationLinks(dialect);
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

    /// <summary>One area with its parent, children, organisations and list history; null when there is none.</summary>
    public async Task<AreaResponse?> FindAsync(string code, CancellationToken ct)
    {
        var areas = await keptDirectory.GetAsync(await versions.CurrentAsync(ct), LoadDirectoryAsync, ct);
        return areas.GetValueOrDefault(code);
    }

    private async Task<IReadOnlyDictionary<string, AreaResponse>> LoadDirectoryAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var batch = string.Join(";\n", ListSql(db.Dialect, ListFilter.None), OrganisationLinks(db.Dialect), OfficialListEntries.Sql(db.Dialect));
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(batch, cancellationToken: ct));
        var areas = (await results.ReadAsync<AreaRow>()).ToList();
        var organisations = (await results.ReadAsync<OrganisationLinkRow>()).ToLookup(o => o.AreaCode, o => o.ToCodeAndName());
        var history = OfficialListEntries.ToLookup(await results.ReadAsync<OfficialListEntries.Row>());

        var names = areas.ToDictionary(a => a.Code, a => new CodeAndName(a.Code, new LocalizedText(a.NameDa, a.NameEn)), StringComparer.Ordinal);
        var children = areas.Where(a => a.ParentCode is not null).ToLookup(a => a.ParentCode!, a => names[a.Code]);
        return areas.ToDictionary(
            a => a.Code,
            a => new AreaResponse(
                a.Code,
                names[a.Code].Name,
                new CodeAndName(a.KindCode, new LocalizedText(a.KindNameDa, a.KindNameEn)),
                LocalizedText.OrNull(a.NoteDa, a.NoteEn),
                a.ParentCode is { } parent ? names.GetValueOrDefault(parent) : null,
                children[a.Code].ToList(),
                organisations[a.Code].ToList(),
                history[a.Code].ToList()),
            StringComparer.Ordinal);
    }

    private sealed class OrganisationLinkRow
    {
        public string AreaCode { get; init; } = "";
        public string Code { get; init; } = "";
        public string NameDa { get; init; } = "";
        public string NameEn { get; init; } = "";

        public CodeAndName ToCodeAndName() => new(Code, new LocalizedText(NameDa, NameEn));
    }
}
