using Dapper;
using SocialBalance.Api.Features.Areas;
using SocialBalance.Api.Features.Catalogue;
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

    // Every entry, also for one area: whether a year's list is stored depends on every area's entries. The table holds
    // one row per area and list year, so it stays small; and no parameter per area (SQL Server takes at most 2,100).
    internal static string AllOfficialEntries(SqlDialect dialect) => $"""
        SELECT e.area_code, e.list_year, e.published_on, c.code AS category_code, c.name_da AS category_name_da,
               c.name_en AS category_name_en, e.source
        FROM official_list_entry e
        JOIN list_category c ON c.code = e.category_code
        ORDER BY {dialect.CodeOrder("e.area_code")}, e.list_year
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
        [RuleSets(dialect), Criteria(dialect), Categories(dialect), ListCategories, AllOfficialEntries(dialect)];

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
        return ToLookup(await connection.QueryAsync<OfficialEntryRow>(new CommandDefinition(AllOfficialEntries(db.Dialect), cancellationToken: ct)));
    }

    /// <summary>The entries by area, each area's in list-year order.</summary>
    internal static ILookup<string, OfficialListEntry> ToLookup(IEnumerable<OfficialEntryRow> rows) =>
        rows.ToLookup(r => r.AreaCode, r => new OfficialListEntry(
            r.ListYear,
            DateOnly.FromDateTime(r.PublishedOn),
            new CodeAndName(r.CategoryCode, new LocalizedText(r.CategoryNameDa, r.CategoryNameEn)),
            r.Source));

    internal sealed class OfficialEntryRow
    {
        public string AreaCode { get; init; } = "";
        public int ListYear { get; init; }
        public DateTime PublishedOn { get; init; }
        public string CategoryCode { get; init; } = "";
        public string CategoryNameDa { get; init; } = "";
        public string CategoryNameEn { get; init; } = "";
        public string Source { get; init; } = "";
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
