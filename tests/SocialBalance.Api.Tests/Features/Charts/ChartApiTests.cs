using System.Globalization;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Charts;

/// <summary>
/// What the charts show: the figures (and only those) the JSON endpoints show for the same query, each as a marker,
/// in the language asked for, with a title and a description for screen readers.
/// </summary>
public abstract class ChartApiTests<TDatabase>(ChartFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<ChartFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private const string DefaultAreas = "gladsaxe,hoeje-gladsaxe,moerkhoej,vaerebro-park";

    [SkippableFact]
    public async Task An_indicator_chart_marks_every_figure_the_observation_list_has_and_no_other()
    {
        var chart = await ChartAsync("/api/v1/charts/indicators/feel-safe");

        var listed = await FiguresAsync("feel-safe", DefaultAreas);
        Assert.Equal(10, listed.Count);   // Gladsaxe 4, Værebro Park 3, Høje Gladsaxe 2, Mørkhøj 1
        Assert.Equal(listed.Order(), chart.Points.Order());
    }

    [SkippableFact]
    public async Task Every_area_style_marks_its_figures_open_markers_and_dashed_lines_too()
    {
        // Six areas beside the reference: Værebro Park, fifth, is drawn with open circles on a dashed line.
        const string areas = "denmark,region-hovedstaden,hoeje-gladsaxe,moerkhoej,vaerebro-park,pileparkerne";
        var chart = await ChartAsync($"/api/v1/charts/indicators/feel-safe?areas={areas}");

        Assert.Equal(await FiguresAsync("feel-safe", "gladsaxe," + areas), chart.Points.Order().ToList());
        var vaerebro = chart.Marked("point").Where(p => p.Attribute("data-area")?.Value == "vaerebro-park").ToList();
        Assert.Equal(3, vaerebro.Count);
        Assert.All(vaerebro, p => Assert.Equal("none", p.Attribute("fill")?.Value));
    }

    [SkippableFact]
    public async Task An_indicator_chart_is_titled_described_and_labelled_in_danish_by_default()
    {
        var indicator = await GetJsonAsync("/api/v1/indicators/feel-safe");
        var chart = await ChartAsync("/api/v1/charts/indicators/feel-safe");

        Assert.Equal("img", chart.Root.Attribute("role")?.Value);
        Assert.Equal("da", chart.Language);
        Assert.Equal(indicator.GetProperty("name").GetProperty("da").GetString(), chart.Title);
        Assert.Contains("Højere er bedre", chart.Description);
        Assert.Contains("Gladsaxe Kommune (reference), Høje Gladsaxe, Mørkhøj almene boliger og Værebro Park", chart.Description);
        Assert.Contains("2019–2023", chart.Description);
        // The latest figures in the language's own number form.
        Assert.Contains("Værebro Park 70,0 % (2023)", chart.Description);
        Assert.Contains("Basisåret 2020", chart.Description);
        Assert.Contains("Højere er bedre", chart.Texts);               // the subtitle
        Assert.Contains("Procent (%)", chart.Texts);                  // the value axis names the unit
        Assert.Contains("År", chart.Texts);
        Assert.Contains("Basisår 2020", chart.Texts);                 // the baseline's line is labelled
        Assert.Contains("Gladsaxe Kommune (reference)", chart.Texts); // the legend
        Assert.Contains("Værebro Park", chart.Texts);
    }

    [SkippableFact]
    public async Task With_lang_en_every_text_is_english()
    {
        var indicator = await GetJsonAsync("/api/v1/indicators/convicted");
        var chart = await ChartAsync("/api/v1/charts/indicators/convicted?lang=en");

        Assert.Equal("en", chart.Language);
        Assert.Equal(indicator.GetProperty("name").GetProperty("en").GetString(), chart.Title);
        Assert.Contains("Lower is better", chart.Texts);
        Assert.Contains("Per cent (%)", chart.Texts);
        Assert.Contains("Year", chart.Texts);
        Assert.Contains("Baseline 2020", chart.Texts);
        Assert.Contains("Gladsaxe Municipality (reference)", chart.Texts);
        Assert.Contains("Line chart of", chart.Description);
        Assert.Contains("Værebro Park 1.90 % (2023)", chart.Description);
        Assert.DoesNotContain(chart.Texts, t => t is "År" or "Lavere er bedre");
    }

    [SkippableFact]
    public async Task A_neutral_indicator_says_it_is_not_judged()
    {
        var chart = await ChartAsync("/api/v1/charts/indicators/residents?areas=vaerebro-park");

        Assert.Contains(chart.Texts, t => t.StartsWith("Neutral", StringComparison.Ordinal));
        Assert.Contains("Antal", chart.Texts);
        Assert.Equal(await FiguresAsync("residents", "gladsaxe,vaerebro-park"), chart.Points.Order().ToList());
        // Danish thousands: 68.000.
        Assert.Contains("Gladsaxe Kommune (reference) 68.000 (2023)", chart.Description);
    }

    [SkippableFact]
    public async Task The_reference_is_drawn_apart_in_black_with_its_own_marker()
    {
        var chart = await ChartAsync("/api/v1/charts/indicators/feel-safe?reference=vaerebro-park&areas=gladsaxe,moerkhoej");

        var reference = chart.Marked("point").Where(p => p.Attribute("data-area")?.Value == "vaerebro-park").ToList();
        Assert.Equal(3, reference.Count);
        // SVG paints black where no fill is named.
        Assert.All(reference, p => Assert.Contains(p.Attribute("fill")?.Value ?? "black", new[] { "black", "#000000" }));
        var others = chart.Marked("point").Where(p => p.Attribute("data-area")?.Value != "vaerebro-park")
            .Select(p => p.Attribute("fill")?.Value).Distinct().ToList();
        Assert.Equal(2, others.Count);
        Assert.DoesNotContain(null, others);
        Assert.Contains("Værebro Park (reference)", chart.Texts);
        Assert.Equal(await FiguresAsync("feel-safe", "vaerebro-park,gladsaxe,moerkhoej"), chart.Points.Order().ToList());
    }

    [SkippableFact]
    public async Task Each_marker_tells_its_area_year_and_value_in_its_own_title()
    {
        var chart = await ChartAsync("/api/v1/charts/indicators/feel-safe?areas=vaerebro-park&lang=en");

        var point = chart.Marked("point").Single(p => p.Attribute("data-area")?.Value == "vaerebro-park" && p.Attribute("data-year")?.Value == "2021");
        Assert.Equal("Værebro Park, 2021: 64.0 %", point.Element(SvgChart.Svg + "title")?.Value);
    }

    [SkippableFact]
    public async Task Areas_without_figures_are_named_and_no_figures_means_no_markers()
    {
        var empty = await ChartAsync("/api/v1/charts/indicators/outside-work-education");
        Assert.Empty(empty.Points);
        Assert.Contains("ingen tal", empty.Description);
        Assert.Contains("Ingen tal", empty.Texts);

        var pileparkerne = await ChartAsync("/api/v1/charts/indicators/feel-safe?areas=pileparkerne");
        Assert.Equal(await FiguresAsync("feel-safe", "gladsaxe,pileparkerne"), pileparkerne.Points.Order().ToList());
        Assert.Contains("Pileparkerne: ingen tal", pileparkerne.Description);
    }

    [SkippableFact]
    public async Task A_gap_chart_draws_the_shortfall_of_comparisons_in_every_year_both_areas_have_a_figure()
    {
        var chart = await ChartAsync("/api/v1/charts/gaps?indicator=feel-safe");

        // Værebro Park 80 − 60, 81 − 64, 82 − 70; Høje Gladsaxe 80 − 70, 82 − 68; Mørkhøj 80 − 65 (no 2023).
        Assert.Equal(
            [("hoeje-gladsaxe", 2020, 10.0), ("hoeje-gladsaxe", 2023, 14.0), ("moerkhoej", 2020, 15.0),
             ("vaerebro-park", 2020, 20.0), ("vaerebro-park", 2021, 17.0), ("vaerebro-park", 2023, 12.0)],
            chart.Points.Order());
        var comparisons = await GetJsonAsync("/api/v1/comparisons?indicator=feel-safe");
        foreach (var item in comparisons.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("latest").ValueKind == JsonValueKind.Object))
        {
            var area = item.GetProperty("area").GetProperty("code").GetString()!;
            foreach (var end in new[] { "baseline", "latest" })
            {
                var shortfall = item.GetProperty(end);
                Assert.Contains((area, shortfall.GetProperty("year").GetInt32(), shortfall.GetProperty("shortfall").GetDouble()), chart.Points);
            }
        }

        Assert.Contains("0 = som Gladsaxe Kommune", chart.Texts);
        Assert.Contains("Afstand (procentpoint)", chart.Texts);
        Assert.Contains("Afstand til Gladsaxe Kommune", chart.Title);
        Assert.Contains("positiv = bagud", chart.Description);
        Assert.Contains("Værebro Park 12,0 procentpoint (2023; i basisåret: 20,0 procentpoint)", chart.Description);
    }

    [SkippableFact]
    public async Task A_lower_is_better_gap_is_area_minus_reference_and_a_neutral_one_the_difference()
    {
        var convicted = await ChartAsync("/api/v1/charts/gaps?indicator=convicted&areas=vaerebro-park&lang=en");
        Assert.Equal([("vaerebro-park", 2020, 1.5), ("vaerebro-park", 2023, 1.1)], convicted.Points.Order());   // 2.5 − 1.0; 1.9 − 0.8, exact
        Assert.Contains("Gap = area − reference (lower is better); positive = behind, towards 0 is better", convicted.Texts);

        var residents = await ChartAsync("/api/v1/charts/gaps?indicator=residents&areas=vaerebro-park&lang=en");
        Assert.Equal([("vaerebro-park", 2020, -66200.0), ("vaerebro-park", 2023, -65100.0)], residents.Points.Order());
        Assert.Contains("Difference (number)", residents.Texts);
    }

    [SkippableFact]
    public async Task A_theme_board_shows_the_verdicts_of_the_ambition_one_cell_per_area()
    {
        var chart = await ChartAsync("/api/v1/charts/themes/safety");

        var ambition = await GetJsonAsync("/api/v1/ambition");
        string VerdictOf(JsonElement area) => area.GetProperty("themes").EnumerateArray()
            .Single(t => t.GetProperty("theme").GetProperty("code").GetString() == "safety").GetProperty("verdict").GetString()!;
        var expected = ambition.GetProperty("gapsShrink").EnumerateArray().Prepend(ambition.GetProperty("improvement"))
            .Select(a => (a.GetProperty("area").GetProperty("code").GetString()!, VerdictOf(a)))
            .ToList();
        Assert.Equal(expected, chart.Verdicts);
        Assert.Equal(
            [("gladsaxe", "improving"), ("hoeje-gladsaxe", "gap-not-narrowing"), ("moerkhoej", "gap-narrowing"), ("vaerebro-park", "gap-narrowing")],
            chart.Verdicts);

        // Each verdict in words beside its colour, with what it rests on.
        Assert.Equal("Tryghed", chart.Title);
        Assert.Contains("✓ Forbedring", chart.Texts);
        Assert.Contains("✗ Afstanden mindskes ikke", chart.Texts);
        Assert.Contains("1 af 1 afstande mindsket, 1 uden tal", chart.Texts);   // Mørkhøj lacks feel-safe 2023
        Assert.Contains("Høje Gladsaxe: Afstanden mindskes ikke (1 af 2 afstande mindsket)", chart.Description);
        var colours = chart.Marked("verdict").ToDictionary(c => c.Attribute("data-area")!.Value, c => c.Attribute("fill")!.Value);
        Assert.NotEqual(colours["gladsaxe"], colours["hoeje-gladsaxe"]);
        Assert.Equal(colours["gladsaxe"], colours["vaerebro-park"]);
    }

    [SkippableFact]
    public async Task A_theme_board_takes_the_years_of_the_ambition_and_speaks_english()
    {
        var chart = await ChartAsync("/api/v1/charts/themes/safety?baseline=2020&year=2021&lang=en");

        var ambition = await GetJsonAsync("/api/v1/ambition?baseline=2020&year=2021");
        Assert.Equal("improving", ambition.GetProperty("improvement").GetProperty("themes").EnumerateArray()
            .Single(t => t.GetProperty("theme").GetProperty("code").GetString() == "safety").GetProperty("verdict").GetString());
        Assert.Equal(
            [("gladsaxe", "improving"), ("hoeje-gladsaxe", "insufficient-data"), ("moerkhoej", "insufficient-data"), ("vaerebro-park", "gap-narrowing")],
            chart.Verdicts);
        Assert.Equal("Safety", chart.Title);
        Assert.Contains("The 2030 ambition, 2020 → 2021", chart.Texts);
        Assert.Contains("? Insufficient data", chart.Texts);
        Assert.Contains("✓ Gap narrowing", chart.Texts);
    }

    [SkippableFact]
    public async Task The_size_asked_for_is_the_size_drawn_and_the_image_scales()
    {
        var chart = await ChartAsync("/api/v1/charts/indicators/feel-safe?width=320&height=200");

        Assert.Equal("320", chart.Root.Attribute("width")?.Value);
        Assert.Equal("200", chart.Root.Attribute("height")?.Value);
        Assert.Equal("0 0 320 200", chart.Root.Attribute("viewBox")?.Value);
        Assert.Equal(10, chart.Points.Count);
    }

    [SkippableFact]
    public async Task Text_is_measured_with_the_carried_font_and_asks_the_browser_for_it()
    {
        var chart = await ChartAsync("/api/v1/charts/indicators/feel-safe");

        var texts = chart.Root.Descendants(SvgChart.Svg + "text").ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.StartsWith("'DejaVu Sans'", t.Attribute("font-family")?.Value));
        // Each glyph is placed where the font measured it: a real font puts them one after another, no font at 0.
        var legend = texts.Single(t => t.Value.Trim() == "Gladsaxe Kommune (reference)");
        var xs = legend.Attribute("x")!.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal("Gladsaxe Kommune (reference)".Length, xs.Count);
        Assert.True(xs.Zip(xs.Skip(1)).All(p => p.Second > p.First), $"glyphs not advancing: {legend.Attribute("x")!.Value}");
        Assert.True(xs[^1] > 100, $"a 28-character label {xs[^1]} pixels wide");
    }

    [SkippableFact]
    public async Task The_svg_needs_nothing_the_api_content_policy_forbids()
    {
        foreach (var url in new[] { "/api/v1/charts/indicators/feel-safe", "/api/v1/charts/gaps?indicator=feel-safe", "/api/v1/charts/themes/safety" })
        {
            using var response = await Client.GetAsync(url);
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", string.Join("", response.Headers.GetValues("Content-Security-Policy")));
            var chart = await SvgChart.ReadAsync(response);
            var all = chart.Root.DescendantsAndSelf().ToList();
            // Presentation attributes only: no style sheet, no style attribute (style-src), no script, no outside resource.
            Assert.DoesNotContain(all, e => e.Name.LocalName is "style" or "script" or "foreignObject" or "image");
            Assert.DoesNotContain(all.SelectMany(e => e.Attributes()), a => a.Name.LocalName == "style" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain(all.SelectMany(e => e.Attributes()), a => a.Name.LocalName == "href" || a.Value.Contains("url(http", StringComparison.Ordinal));
        }
    }

    private async Task<SvgChart> ChartAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return await SvgChart.ReadAsync(response);
    }

    /// <summary>The figures /api/v1/observations lists for an indicator in the areas, as (area, year, value) in order.</summary>
    private async Task<List<(string Area, int Year, double Value)>> FiguresAsync(string indicator, string areas)
    {
        var page = await GetJsonAsync($"/api/v1/observations?indicator={indicator}&area={areas}&pageSize=1000");
        return page.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("area").GetString()!, i.GetProperty("year").GetInt32(), i.GetProperty("value").GetDouble()))
            .Order()
            .ToList();
    }
}

public sealed class ChartApiSqliteTests(ChartFixture<SqliteTestDatabase> fixture)
    : ChartApiTests<SqliteTestDatabase>(fixture);

public sealed class ChartApiSqlServerTests(ChartFixture<SqlServerTestDatabase> fixture)
    : ChartApiTests<SqlServerTestDatabase>(fixture);
