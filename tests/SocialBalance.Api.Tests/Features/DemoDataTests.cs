using Dapper;
using SocialBalance.Api.Infrastructure.Database.DemoData;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>A fresh install on the embedded database serves the demo figures: complete, valid, and honest about what is real.</summary>
public sealed class DemoDataTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : ApiTestBase<SqliteTestDatabase>(fixture), IClassFixture<DemoApiFixture<SqliteTestDatabase>>
{
    [Fact]
    public async Task The_real_figures_are_official_and_carry_their_source()
    {
        var page = await GetJsonAsync("/api/v1/observations?pageSize=1000");
        var official = page.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("status").GetString() == "official")
            .Select(i => (i.GetProperty("indicator").GetString(), i.GetProperty("area").GetString(), i.GetProperty("year").GetInt32(), i.GetProperty("value").GetDouble()))
            .Order()
            .ToList();

        Assert.Equal(
            [("feel-safe", "hoeje-gladsaxe", 2016, 68.8), ("feel-safe", "hoeje-gladsaxe", 2017, 79.6), ("non-western", "vaerebro-park", 2020, 51.8)],
            official);
        Assert.All(
            page.GetProperty("items").EnumerateArray(),
            i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("source").GetString())));
        Assert.All(
            page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("status").GetString() != "official"),
            i => Assert.Equal("illustrative", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Every_figure_is_inside_its_indicators_range_and_decimals()
    {
        var indicators = (await GetJsonAsync("/api/v1/indicators")).EnumerateArray().ToDictionary(
            i => i.GetProperty("code").GetString()!,
            i => (Min: i.GetProperty("validRange").GetProperty("min").GetDouble(), Max: i.GetProperty("validRange").GetProperty("max").GetDouble(), Decimals: i.GetProperty("decimals").GetInt32()));
        var page = await GetJsonAsync("/api/v1/observations?pageSize=1000");

        Assert.True(page.GetProperty("totalCount").GetInt32() > 700);
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var rule = indicators[item.GetProperty("indicator").GetString()!];
            var value = item.GetProperty("value").GetDouble();
            Assert.InRange(value, rule.Min, rule.Max);
            Assert.Equal(Math.Round(value, rule.Decimals), value);
        }
    }

    [Fact]
    public async Task Every_indicator_has_figures_for_gladsaxe_and_each_social_balance_area()
    {
        var page = await GetJsonAsync("/api/v1/observations?area=gladsaxe,hoeje-gladsaxe,moerkhoej,vaerebro-park&pageSize=1000");
        var covered = page.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("indicator").GetString(), i.GetProperty("area").GetString()))
            .ToHashSet();

        Assert.Equal(15 * 4, covered.Count);
    }

    [Fact]
    public async Task The_areas_are_behind_gladsaxe_in_2020_as_the_municipality_reported()
    {
        // Domain facts: 9–16 points above the municipal average in 2020; falls of about 4 (Høje Gladsaxe)
        // and 3 (Værebro Park, Mørkhøj) points from 2016 to 2020.
        var page = await GetJsonAsync("/api/v1/observations?indicator=outside-work-education&area=gladsaxe,hoeje-gladsaxe,moerkhoej,vaerebro-park&pageSize=1000");
        var value = page.GetProperty("items").EnumerateArray().ToDictionary(
            i => (i.GetProperty("area").GetString()!, i.GetProperty("year").GetInt32()),
            i => i.GetProperty("value").GetDouble());

        foreach (var (area, fall) in new[] { ("hoeje-gladsaxe", 4.0), ("moerkhoej", 3.0), ("vaerebro-park", 3.0) })
        {
            Assert.InRange(value[(area, 2020)] - value[("gladsaxe", 2020)], 9, 16);
            Assert.InRange(value[(area, 2016)] - value[(area, 2020)], fall - 0.5, fall + 0.5);
        }
    }

    [Fact]
    public async Task Loading_again_adds_nothing()
    {
        await using var db = await OpenDbAsync();
        var before = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation");

        var inserted = await DemoDataSeeder.SeedAsync(Fixture.DbFactory, TimeProvider.System, CancellationToken.None);

        Assert.Equal(0, inserted);
        Assert.Equal(before, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation"));
    }
}
