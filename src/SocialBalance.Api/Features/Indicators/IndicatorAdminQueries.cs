using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Indicators;

public sealed class IndicatorAdminQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Get = """
        SELECT code, name_da, name_en, definition_da, definition_en, theme_code, unit, direction, min_value, max_value,
               decimals, source, supplier, sort_order, version
        FROM indicator
        WHERE code = @Code
        """;

    private const string Insert = """
        INSERT INTO indicator (code, name_da, name_en, definition_da, definition_en, theme_code, unit, direction, min_value, max_value,
                               decimals, source, supplier, sort_order, version)
        VALUES (@Code, @NameDa, @NameEn, @DefinitionDa, @DefinitionEn, @Theme, @Unit, @Direction, @MinValue, @MaxValue,
                @Decimals, @Source, @Supplier, @SortOrder, 1)
        """;

    private const string Update = """
        UPDATE indicator
        SET name_da = @NameDa, name_en = @NameEn, definition_da = @DefinitionDa, definition_en = @DefinitionEn, theme_code = @Theme,
            unit = @Unit, direction = @Direction, min_value = @MinValue, max_value = @MaxValue, decimals = @Decimals,
            source = @Source, supplier = @Supplier, sort_order = @SortOrder, version = version + 1
        WHERE code = @Code AND version = @Version
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) => [Get, Insert, Update];

    public async Task<IndicatorRecord?> GetAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<IndicatorRecordRow>(new CommandDefinition(Get, new { Code = db.Dialect.Code(code) }, cancellationToken: ct));
        return row?.ToRecord();
    }

    public async Task CreateAsync(IndicatorCreateRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Insert, Parameters(request.Code, request.Content, 0), cancellationToken: ct));
    }

    public async Task<bool> UpdateAsync(string code, IndicatorContent content, int version, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(Update, Parameters(code, content, version), cancellationToken: ct)) == 1;
    }

    private object Parameters(string code, IndicatorContent c, int version) => new
    {
        Code = db.Dialect.Code(code),
        NameDa = c.Name.Da,
        NameEn = c.Name.En,
        DefinitionDa = c.Definition.Da,
        DefinitionEn = c.Definition.En,
        Theme = db.Dialect.Code(c.Theme),
        c.Unit,
        Direction = db.Dialect.Code(c.Direction),
        c.MinValue,
        c.MaxValue,
        c.Decimals,
        c.Source,
        Supplier = db.Dialect.Code(c.Supplier),
        c.SortOrder,
        Version = version,
    };
}
