using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SocialBalance.Client.Tests.Nswag;

namespace SocialBalance.Client.Tests;

/// <summary>
/// A second, independent consumer of the contract: a client NSwag generates from it, on Newtonsoft.Json, reads the
/// README's journeys. Each typed answer, written back as JSON, must equal the service's answer, so a field NSwag
/// drops, renames or misreads fails here; a few facts of the demo figures are checked on the typed values too.
/// </summary>
public sealed class NswagReadTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private readonly SocialBalanceNswagClient client = new(fixture.CreateClient());

    /// <summary>Reads <paramref name="path"/> as plain JSON and compares it with what <paramref name="typed"/> holds.</summary>
    private async Task AssertSameAsServiceAsync(string path, object typed)
    {
        using var http = fixture.CreateClient();
        var served = NewtonsoftJson.Normalised(await http.GetStringAsync(path));
        var read = NewtonsoftJson.Normalised(JsonConvert.SerializeObject(typed));
        Assert.True(JToken.DeepEquals(served, read), $"{path}: {NewtonsoftJson.FirstDifference(served, read)}");
    }

    [Fact]
    public async Task Lists_the_Social_Balance_areas()
    {
        var areas = await client.ListAreasAsync(kind: "social-balance-area");

        Assert.Equal(["hoeje-gladsaxe", "moerkhoej", "vaerebro-park"], areas.Select(a => a.Code).Order(StringComparer.Ordinal));
        await AssertSameAsServiceAsync("/api/v1/areas?kind=social-balance-area", areas);
    }

    [Fact]
    public async Task Reads_one_area()
    {
        var area = await client.GetAreaAsync("vaerebro-park");

        Assert.Equal("Værebro Park", area.Name.Da);
        Assert.Contains(area.HousingOrganisations, o => o.Code == "gab");
        await AssertSameAsServiceAsync("/api/v1/areas/vaerebro-park", area);
    }

    [Fact]
    public async Task Pages_through_an_indicators_figures()
    {
        const string filter = "indicator=outside-work-education&area=gladsaxe,vaerebro-park&from=2016";
        var figures = new List<ObservationResponse>();
        ObservationResponsePagedResponse page;
        var number = 1;
        do
        {
            page = await client.ListObservationsAsync("outside-work-education", "gladsaxe,vaerebro-park", from: 2016, page: number, pageSize: 7);
            await AssertSameAsServiceAsync($"/api/v1/observations?{filter}&page={number}&pageSize=7", page);
            figures.AddRange(page.Items);
            number++;
        }
        while (page.Links.Next is not null);

        Assert.True(page.TotalCount > 7, "the demo series fills more than one page");
        Assert.Equal(page.TotalCount, figures.Count);
        Assert.Equal(figures.Count, figures.Select(f => (f.Area, f.Year)).Distinct().Count());
        Assert.All(figures, f => Assert.True(f.Year >= 2016));
    }

    [Fact]
    public async Task Reads_the_gaps_of_the_areas_to_Gladsaxe()
    {
        var comparison = await client.ListComparisonsAsync("outside-work-education,feel-safe", baseline: 2020);

        Assert.Equal("gladsaxe", comparison.Reference.Code);
        await AssertSameAsServiceAsync("/api/v1/comparisons?indicator=outside-work-education,feel-safe&baseline=2020", comparison);
    }

    [Fact]
    public async Task Reads_progress()
    {
        var progress = await client.GetProgressAsync("feel-safe", "hoeje-gladsaxe,vaerebro-park");

        Assert.Equal(["hoeje-gladsaxe", "vaerebro-park"], progress.Series.Select(s => s.Area.Code));
        await AssertSameAsServiceAsync("/api/v1/progress?indicator=feel-safe&area=hoeje-gladsaxe,vaerebro-park", progress);
    }

    [Fact]
    public async Task Reads_the_2030_ambition()
    {
        var ambition = await client.GetAmbitionAsync(baseline: 2020);

        Assert.Equal(3, ambition.EffectGoals.Count);
        await AssertSameAsServiceAsync("/api/v1/ambition?baseline=2020", ambition);
    }

    [Fact]
    public async Task Reads_the_list_status_of_one_area_and_of_all()
    {
        var one = await client.GetAreaListStatusAsync("vaerebro-park", 2024);
        var all = await client.ListListStatusesAsync(2024, 0.10);

        Assert.Equal(2023, one.DataYear);
        Assert.Contains(all.Areas, a => a.Area.Code == "vaerebro-park" && a.Outcome == one.Outcome);
        await AssertSameAsServiceAsync("/api/v1/areas/vaerebro-park/list-status?year=2024", one);
        await AssertSameAsServiceAsync("/api/v1/list-status?year=2024&watchMargin=0.10", all);
    }
}
