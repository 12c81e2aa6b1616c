using System.Globalization;
using SocialBalance.Analysis;
using SocialBalance.Analysis.Ambition;
using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Observations;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>Reads the service's answers as the property compares them.</summary>
public static class Answers
{
    /// <summary>A GET that must answer 200 with JSON; otherwise the failure names the URL, the status and the body.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }
}

/// <summary>An indicator as /api/v1/indicators publishes it: what the calculations take from the catalogue.</summary>
public sealed record IndicatorFacts(string Code, string Theme, Direction Direction, double? Min, double? Max, int Decimals)
{
    /// <summary>The progress measure's natural limit as /api/v1/progress documents it: the end of the valid range in the good direction.</summary>
    public double? NaturalLimit => Direction switch
    {
        Direction.HigherIsBetter => Max,
        Direction.LowerIsBetter => Min,
        _ => null,
    };
}

public sealed record AreaFacts(string Code, string Kind, string? Parent);

/// <summary>The catalogue as the public endpoints show it (indicators, themes with their effect goals, areas), in their order.</summary>
public sealed class PublishedCatalogue
{
    public const string Reference = "gladsaxe";

    // Area → list year → category code, as each area's list history shows it.
    private readonly IReadOnlyDictionary<string, Dictionary<int, string>> listHistory;

    private PublishedCatalogue(
        IReadOnlyList<IndicatorFacts> indicators, IReadOnlyList<ThemeDefinition> themes, IReadOnlyList<AreaFacts> areas,
        IReadOnlyDictionary<string, Dictionary<int, string>> listHistory)
    {
        Indicators = indicators;
        Themes = themes;
        Areas = areas;
        this.listHistory = listHistory;
    }

    public IReadOnlyList<IndicatorFacts> Indicators { get; }

    public IReadOnlyList<ThemeDefinition> Themes { get; }

    public IReadOnlyList<AreaFacts> Areas { get; }

    public IndicatorFacts Indicator(string code) => Indicators.Single(i => i.Code == code);

    public IReadOnlyList<string> SocialBalanceAreas => Areas.Where(a => a.Kind == "social-balance-area").Select(a => a.Code).ToList();

    /// <summary>The areas the list rules apply to: the Social Balance areas and the other housing areas.</summary>
    public IReadOnlyList<string> HousingAreas =>
        Areas.Where(a => a.Kind is "social-balance-area" or "housing-area").Select(a => a.Code).ToList();

    /// <summary>The nearest area of <paramref name="kind"/> above <paramref name="code"/>: a housing area's country and region.</summary>
    public string? AncestorOfKind(string code, string kind)
    {
        var parent = Areas.Single(a => a.Code == code).Parent;
        while (parent is not null)
        {
            var area = Areas.Single(a => a.Code == parent);
            if (area.Kind == kind) return area.Code;
            parent = area.Parent;
        }

        return null;
    }

    /// <summary>
    /// The stored official lists as the list rules read them, by data year: a list year any area's history holds is the
    /// whole list of that year, so an area it does not name was on no list (as /api/v1/list-status documents).
    /// </summary>
    public IReadOnlyDictionary<int, ListCategory> OfficialList(string area, int lag) =>
        listHistory.Values.SelectMany(h => h.Keys).Distinct().ToDictionary(
            year => year - lag,
            year => listHistory.TryGetValue(area, out var own) && own.TryGetValue(year, out var code)
                ? Enum.GetValues<ListCategory>().Single(c => c.ToCode() == code)
                : ListCategory.None);

    public static async Task<PublishedCatalogue> ReadAsync(HttpClient client)
    {
        var indicators = (await Answers.GetAsync(client, "/api/v1/indicators")).EnumerateArray().Select(i => new IndicatorFacts(
            i.GetProperty("code").GetString()!,
            i.GetProperty("theme").GetProperty("code").GetString()!,
            DirectionCodes.Parse(i.GetProperty("direction").GetString()!),
            NullableNumber(i.GetProperty("validRange").GetProperty("min")),
            NullableNumber(i.GetProperty("validRange").GetProperty("max")),
            i.GetProperty("decimals").GetInt32())).ToList();
        var themes = (await Answers.GetAsync(client, "/api/v1/themes")).EnumerateArray().Select(t => new ThemeDefinition(
            t.GetProperty("code").GetString()!, t.GetProperty("effectGoal").GetProperty("code").GetString()!)).ToList();
        var areas = (await Answers.GetAsync(client, "/api/v1/areas")).EnumerateArray().Select(a => new AreaFacts(
            a.GetProperty("code").GetString()!, a.GetProperty("kind").GetProperty("code").GetString()!,
            a.GetProperty("parentCode").ValueKind == JsonValueKind.String ? a.GetProperty("parentCode").GetString() : null)).ToList();
        var history = new Dictionary<string, Dictionary<int, string>>();
        foreach (var area in areas.Where(a => a.Kind is "social-balance-area" or "housing-area"))
        {
            history[area.Code] = (await Answers.GetAsync(client, $"/api/v1/areas/{area.Code}")).GetProperty("listHistory").EnumerateArray()
                .ToDictionary(e => e.GetProperty("year").GetInt32(), e => e.GetProperty("category").GetProperty("code").GetString()!);
        }

        return new PublishedCatalogue(indicators, themes, areas, history);
    }

    private static double? NullableNumber(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
}

/// <summary>The figures <c>GET /api/v1/observations</c> shows, read as CSV: the only input the expected answers are computed from.</summary>
public sealed class PublishedFigures
{
    private PublishedFigures(IReadOnlyDictionary<FigureKey, double> values) => Values = values;

    public IReadOnlyDictionary<FigureKey, double> Values { get; }

    public ObservationTable Table => ObservationTable.From(Values.Select(v => new Observation(v.Key.Indicator, v.Key.Area, v.Key.Year, v.Value)));

    public static async Task<PublishedFigures> ReadAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/observations");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/csv",
            $"GET /api/v1/observations as CSV: {response.StatusCode} {body}");

        var records = CsvReader.Parse(body);
        var header = records[0].ToList();
        int Column(string name) => header.IndexOf(name) is >= 0 and var i ? i : throw new InvalidOperationException($"No column '{name}' in {string.Join(",", header)}");
        var (indicator, area, year, value, retracted) = (Column("indicator"), Column("area"), Column("year"), Column("value"), Column("retracted"));
        var values = new Dictionary<FigureKey, double>();
        foreach (var row in records.Skip(1))
        {
            var key = new FigureKey(row[indicator], row[area], int.Parse(row[year], CultureInfo.InvariantCulture));
            Assert.True(row[retracted] == "false", $"GET /api/v1/observations lists {key} as retracted.");
            Assert.True(values.TryAdd(key, double.Parse(row[value], CultureInfo.InvariantCulture)), $"GET /api/v1/observations lists {key} twice.");
        }

        return new PublishedFigures(values);
    }
}
