using Dapper;
using SocialBalance.Api.Features.Areas;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.ListStatus;

/// <summary>Loads the versioned list rule sets and the official list entries.</summary>
public sealed class ListStatusQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private static string RuleSets(SqlDialect dialect) => $"""
        SELECT code, name_da, name_en, legal_basis, valid_from_year, valid_to_year, min_residents,
               residents_indicator_code, non_western_indicator_code
        FROM list_rule_set
        ORDER BY valid_from_year, {dialect.CodeOrder("code")}
        """;

    private static string Criteria(SqlDialect dialect) => $"""
        SELECT rule_set_code, criterion_code, indicator_code, basis, comparison, higher_threshold, lower_threshold, period_years
        FROM list_rule_criterion
        ORDER BY {dialect.CodeOrder("rule_set_code")}, {dialect.CodeOrder("criterion_code")}
        """;

    private static string Categories(SqlDialect dialect) => $"""
        SELECT rc.rule_set_code, rc.category_code, rc.threshold_level, rc.min_criteria_met, rc.non_western_threshold,
               rc.consecutive_years, c.name_da, c.name_en
        FROM list_rule_category rc
        JOIN list_category c ON c.code = rc.category_code
        ORDER BY {dialect.CodeOrder("rc.rule_set_code")}, c.severity
        """;

    private const string ListCategories = "SELECT code, name_da, name_en FROM list_category ORDER BY severity";

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
        [RuleSets(dialect), Criteria(dialect), Categories(dialect), ListCategories, OfficialListEntries.Sql(dialect)];

    public async Task<ListRules> LoadRulesAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var sets = await connection.QueryAsync<RuleSetRow>(new CommandDefinition(RuleSets(db.Dialect), cancellationToken: ct));
        var criteria = await connection.QueryAsync<CriterionRow>(new CommandDefinition(Criteria(db.Dialect), cancellationToken: ct));
        var categories = await connection.QueryAsync<CategoryRow>(new CommandDefinition(Categories(db.Dialect), cancellationToken: ct));
        var names = await connection.QueryAsync<CategoryNameRow>(new CommandDefinition(ListCategories, cancellationToken: ct));
        return ListRules.From(sets.ToList(), criteria.ToList(), categories.ToList(), names.ToList());
    }

    /// <summary>Every official list entry, by area.</summary>
    public async Task<ILookup<string, OfficialListEntry>> LoadOfficialEntriesAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        return OfficialListEntries.ToLookup(await connection.QueryAsync<OfficialListEntries.Row>(new CommandDefinition(OfficialListEntries.Sql(db.Dialect), cancellationToken: ct)));
    }
}

internal sealed class RuleSetRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string LegalBasis { get; init; } = "";
    public int ValidFromYear { get; init; }
    public int? ValidToYear { get; init; }
    public int MinResidents { get; init; }
    public string ResidentsIndicatorCode { get; init; } = "";
    public string NonWesternIndicatorCode { get; init; } = "";
}

internal sealed class CriterionRow
{
    public string RuleSetCode { get; init; } = "";
    public string CriterionCode { get; init; } = "";
    public string IndicatorCode { get; init; } = "";
    public string Basis { get; init; } = "";
    public string Comparison { get; init; } = "";
    public double HigherThreshold { get; init; }
    public double? LowerThreshold { get; init; }
    public int PeriodYears { get; init; }
}

internal sealed class CategoryRow
{
    public string RuleSetCode { get; init; } = "";
    public string CategoryCode { get; init; } = "";
    public string ThresholdLevel { get; init; } = "";
    public int MinCriteriaMet { get; init; }
    public double? NonWesternThreshold { get; init; }
    public int? ConsecutiveYears { get; init; }
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
}

internal sealed class CategoryNameRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
}
