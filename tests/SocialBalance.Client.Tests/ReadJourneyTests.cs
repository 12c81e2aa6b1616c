using System.Net.Http.Json;
using System.Text.Json;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Tests;

/// <summary>
/// The README's reading journeys through the Kiota client, on the demo figures of a fresh install. Each typed answer
/// is checked against the same answer read as plain JSON, so a field the client drops or misreads fails here.
/// </summary>
public sealed class ReadJourneyTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private readonly SocialBalanceClient client = fixture.Client();

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var http = fixture.CreateClient();
        return await http.GetFromJsonAsync<JsonElement>(path);
    }

    [Fact]
    public async Task Lists_the_Social_Balance_areas()
    {
        var areas = await client.Api.V1.Areas.GetAsync(c => c.QueryParameters.Kind = "social-balance-area");

        Assert.NotNull(areas);
        Assert.Equal(["hoeje-gladsaxe", "moerkhoej", "vaerebro-park"], areas.Select(a => a.Code).Order(StringComparer.Ordinal));
        var json = await JsonAsync("/api/v1/areas?kind=social-balance-area");
        foreach (var area in json.EnumerateArray())
        {
            var typed = areas.Single(a => a.Code == area.GetProperty("code").GetString());
            Assert.Equal(area.GetProperty("name").GetProperty("da").GetString(), typed.Name?.Da);
            Assert.Equal(area.GetProperty("name").GetProperty("en").GetString(), typed.Name?.En);
            Assert.Equal("social-balance-area", typed.Kind?.Code);
            Assert.Equal(area.GetProperty("parentCode").GetString(), typed.ParentCode);
        }
    }

    [Fact]
    public async Task Reads_one_area_with_its_parent_and_housing_organisations()
    {
        var area = await client.Api.V1.Areas["vaerebro-park"].GetAsync();

        Assert.NotNull(area);
        Assert.Equal("vaerebro-park", area.Code);
        Assert.Equal("Værebro Park", area.Name?.Da);
        var json = await JsonAsync("/api/v1/areas/vaerebro-park");
        Assert.Equal(json.GetProperty("parent").GetProperty("code").GetString(), area.Parent?.Code);
        Assert.Equal(
            json.GetProperty("housingOrganisations").EnumerateArray().Select(o => o.GetProperty("code").GetString()),
            area.HousingOrganisations!.Select(o => o.Code));
        Assert.Contains(area.HousingOrganisations!, o => o.Code == "gab");
        Assert.Equal(json.GetProperty("listHistory").GetArrayLength(), area.ListHistory!.Count);
    }

    [Fact]
    public async Task Pages_through_an_indicators_figures_by_following_the_next_links()
    {
        const int pageSize = 7;
        var figures = new List<ObservationResponse>();
        var page = await client.Api.V1.Observations.GetAsync(c =>
        {
            c.QueryParameters.Indicator = "outside-work-education";
            c.QueryParameters.Area = "gladsaxe,vaerebro-park";
            c.QueryParameters.From = 2016;
            c.QueryParameters.PageSize = pageSize;
        });
        var pages = 0;
        while (page is not null)
        {
            pages++;
            Assert.Equal(pageSize, page.PageSize);
            Assert.True(page.Items!.Count <= pageSize);
            figures.AddRange(page.Items);
            // links.next is a path relative to the service's root, with the same filters.
            page = page.Links?.Next is { } next
                ? await client.Api.V1.Observations.WithUrl(new Uri(ClientFixture.BaseAddress, next).ToString()).GetAsync()
                : null;
        }

        var all = await JsonAsync("/api/v1/observations?indicator=outside-work-education&area=gladsaxe,vaerebro-park&from=2016&pageSize=1000");
        Assert.True(all.GetProperty("totalCount").GetInt64() > pageSize, "the demo series fills more than one page");
        Assert.Equal((int)Math.Ceiling(all.GetProperty("totalCount").GetInt64() / (double)pageSize), pages);
        Assert.Equal(
            all.GetProperty("items").EnumerateArray().Select(f => (f.GetProperty("area").GetString(), f.GetProperty("year").GetInt32(), f.GetProperty("value").GetDouble())),
            figures.Select(f => (f.Area, f.Year!.Value, f.Value!.Value)));
        Assert.All(figures, f =>
        {
            Assert.Equal("outside-work-education", f.Indicator);
            Assert.True(f.Year >= 2016);
        });
    }

    [Fact]
    public async Task Reads_the_gaps_of_the_areas_to_Gladsaxe()
    {
        var comparison = await client.Api.V1.Comparisons.GetAsync(c =>
        {
            c.QueryParameters.Indicator = "outside-work-education,feel-safe";
            c.QueryParameters.Baseline = 2020;
        });

        Assert.NotNull(comparison);
        Assert.Equal(2020, comparison.BaselineYear);
        Assert.Equal("gladsaxe", comparison.Reference?.Code);
        var json = await JsonAsync("/api/v1/comparisons?indicator=outside-work-education,feel-safe&baseline=2020");
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, comparison.Items!.Count);
        Assert.Equal(["feel-safe", "outside-work-education"], comparison.Items.Select(i => i.Indicator!.Code).Distinct().Order(StringComparer.Ordinal));
        foreach (var (raw, typed) in items.Zip(comparison.Items))
        {
            Assert.Equal(raw.GetProperty("area").GetProperty("code").GetString(), typed.Area?.Code);
            Assert.Equal(raw.GetProperty("verdict").GetString(), Wire(typed.Verdict));
            Assert.Equal(raw.Int("latestYear"), typed.LatestYear);
            Assert.Equal(raw.Number("latest", "difference"), typed.Latest?.Difference);
        }
    }

    [Fact]
    public async Task Reads_progress_per_area_and_combined()
    {
        var progress = await client.Api.V1.Progress.GetAsync(c =>
        {
            c.QueryParameters.Indicator = "feel-safe";
            c.QueryParameters.Area = "hoeje-gladsaxe,vaerebro-park";
        });

        Assert.NotNull(progress);
        Assert.Equal("feel-safe", progress.Indicator?.Code);
        Assert.Equal(["hoeje-gladsaxe", "vaerebro-park"], progress.Series!.Select(s => s.Area!.Code));
        var json = await JsonAsync("/api/v1/progress?indicator=feel-safe&area=hoeje-gladsaxe,vaerebro-park");
        Assert.Equal(json.GetProperty("summary").GetProperty("status").GetString(), Wire(progress.Summary?.Status));
        Assert.Equal(json.GetProperty("summary").GetProperty("formula").GetString(), progress.Summary?.Formula);
        foreach (var (raw, typed) in json.GetProperty("series").EnumerateArray().Zip(progress.Series!))
        {
            Assert.Equal(raw.GetProperty("status").GetString(), Wire(typed.Status));
            Assert.Equal(raw.Number("score"), typed.Score);
            Assert.Equal(raw.GetProperty("figures").GetArrayLength(), typed.Figures!.Count);
        }
    }

    [Fact]
    public async Task Reads_the_2030_ambition_with_its_evidence()
    {
        var ambition = await client.Api.V1.Ambition.GetAsync(c => c.QueryParameters.Baseline = 2020);

        Assert.NotNull(ambition);
        Assert.Equal(2020, ambition.BaselineYear);
        var json = await JsonAsync("/api/v1/ambition?baseline=2020");
        Assert.Equal(json.GetProperty("outcome").GetString(), Wire(ambition.Outcome));
        Assert.Equal(json.GetProperty("ambition").GetProperty("en").GetString(), ambition.Ambition?.En);
        Assert.Equal(["hoeje-gladsaxe", "moerkhoej", "vaerebro-park"], ambition.GapsShrink!.Select(g => g.Area!.Code).Order(StringComparer.Ordinal));
        Assert.Equal(3, ambition.EffectGoals!.Count);
        Assert.Equal(json.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()), ambition.Reasons!);
    }

    [Fact]
    public async Task Reads_the_list_status_of_one_area_and_of_all()
    {
        var one = await client.Api.V1.Areas["vaerebro-park"].ListStatus.GetAsync(c => c.QueryParameters.Year = 2024);
        var all = await client.Api.V1.ListStatus.GetAsync(c =>
        {
            c.QueryParameters.Year = 2024;
            c.QueryParameters.WatchMargin = 0.10;
        });

        Assert.NotNull(one);
        Assert.Equal(2024, one.ListYear);
        Assert.Equal(2023, one.DataYear);
        var json = await JsonAsync("/api/v1/areas/vaerebro-park/list-status?year=2024");
        Assert.Equal(json.GetProperty("outcome").GetString(), Wire(one.Outcome));
        Assert.Equal(json.GetProperty("category").GetProperty("code").GetString(), one.Category?.Code);
        Assert.Equal(json.GetProperty("criteria").GetArrayLength(), one.Criteria!.Count);

        Assert.NotNull(all);
        Assert.Equal(0.10, all.WatchMargin);
        var same = Assert.Single(all.Areas!, a => a.Area?.Code == "vaerebro-park");
        Assert.Equal(one.Outcome, same.Outcome);
        Assert.Equal(one.Category?.Code, same.Category?.Code);
        Assert.Equal(all.Areas!.Count(a => a.Watch?.OnWatch == true), all.AreasOnWatch);
    }

    /// <summary>The wire value of a generated enum (its EnumMember), to compare with the JSON.</summary>
    private static string? Wire<T>(T? value)
        where T : struct, Enum =>
        value is null
            ? null
            : typeof(T).GetField(value.Value.ToString())!
                .GetCustomAttributes(typeof(System.Runtime.Serialization.EnumMemberAttribute), false)
                .Cast<System.Runtime.Serialization.EnumMemberAttribute>().Single().Value;
}
