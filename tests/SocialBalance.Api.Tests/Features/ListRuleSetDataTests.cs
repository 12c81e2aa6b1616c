using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// A law change added as data only: the 2021 rules end with the 2025 list, and a hypothetical 2026 rule set
/// lowers C1 to "&gt; 35" and drops the non-Western rule. Værebro Park's figures stay the same in 2023–2025:
/// C1 37, C3 65, non-Western 20.
/// </summary>
public sealed class NewRuleSetFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string AddRuleSet = """
        UPDATE list_rule_set SET valid_to_year = 2025 WHERE code = 'rules-2021';
        INSERT INTO list_rule_set (code, name_da, name_en, legal_basis, valid_from_year, valid_to_year, min_residents, residents_indicator_code, non_western_indicator_code)
        VALUES ('rules-2026', 'Listeregler 2026 (test)', 'List rules 2026 (test)', 'Hypotetisk lovændring', 2026, NULL, 1000, 'residents', 'non-western');
        INSERT INTO list_rule_criterion (rule_set_code, criterion_code, indicator_code, basis, comparison, higher_threshold, lower_threshold, period_years) VALUES
        ('rules-2026', 'C1', 'outside-work-education', 'absolute', '>', 35, 25, 2),
        ('rules-2026', 'C2', 'convicted', 'national-multiple', '>=', 3, 2, 2),
        ('rules-2026', 'C3', 'primary-school-only', 'absolute', '>', 60, 60, 1),
        ('rules-2026', 'C4', 'gross-income', 'regional-share', '<', 55, 65, 1);
        INSERT INTO list_rule_category (rule_set_code, category_code, threshold_level, min_criteria_met, non_western_threshold, consecutive_years) VALUES
        ('rules-2026', 'vulnerable', 'higher', 2, NULL, NULL),
        ('rules-2026', 'prevention', 'lower', 2, NULL, NULL);
        """;

    protected override async Task ArrangeAsync(DbConnectionFactory db)
    {
        await using (var connection = await db.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(AddRuleSet);
        }

        await Figures.InsertAsync(db, ListStatusFixture<TDatabase>.References(2023, 2025)
            .Concat(Enumerable.Range(2023, 3).SelectMany(y =>
                ListStatusFixture<TDatabase>.Year("vaerebro-park", y, 3000, 20, 37, 0.5, 65, 250_000))));
    }
}

public abstract class ListRuleSetDataTests<TDatabase>(NewRuleSetFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<NewRuleSetFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task A_rule_set_added_as_data_is_used_from_its_first_list_year()
    {
        var status = await GetJsonAsync("/api/v1/areas/vaerebro-park/list-status?year=2026");

        Assert.Equal("rules-2026", status.GetProperty("ruleSet").GetProperty("code").GetString());
        // C1 (37 + 37) / 2 = 37 > 35 and C3 65 > 60: two higher criteria; no non-Western rule any more.
        Assert.Equal("vulnerable", status.GetProperty("category").GetProperty("code").GetString());
        Assert.Equal(["vulnerable", "prevention"], status.GetProperty("definitionsMet").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, status.GetProperty("transformation").ValueKind);
        var c1 = status.GetProperty("criteria")[0].GetProperty("higher");
        Assert.Equal((35.0, 2.0), (c1.GetProperty("threshold").GetDouble(), c1.GetProperty("margin").GetDouble()));
    }

    [SkippableFact]
    public async Task The_year_before_keeps_the_old_rules()
    {
        var status = await GetJsonAsync("/api/v1/areas/vaerebro-park/list-status?year=2025");

        // 2021 rules: C1 37 is not > 40; prevention needs a non-Western share > 30 (20 is not).
        Assert.Equal("rules-2021", status.GetProperty("ruleSet").GetProperty("code").GetString());
        Assert.Equal(2025, status.GetProperty("ruleSet").GetProperty("validTo").GetInt32());
        Assert.Equal("none", status.GetProperty("category").GetProperty("code").GetString());
    }
}

public sealed class ListRuleSetDataSqliteTests(NewRuleSetFixture<SqliteTestDatabase> fixture)
    : ListRuleSetDataTests<SqliteTestDatabase>(fixture);

public sealed class ListRuleSetDataSqlServerTests(NewRuleSetFixture<SqlServerTestDatabase> fixture)
    : ListRuleSetDataTests<SqlServerTestDatabase>(fixture);
