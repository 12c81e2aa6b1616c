using System.Text;

namespace SocialBalance.Api.Tests.Features.Writes;

internal static class WriteTestSupport
{
    /// <summary>What a refused write must leave exactly as it was: figures, revisions and imports.</summary>
    public static async Task<string> FigureStateAsync(System.Data.Common.DbConnection connection)
    {
        var figures = await Dapper.SqlMapper.QuerySingleAsync<(long, double?, long?)>(connection,
            "SELECT COUNT(*), SUM(value), SUM(revision) FROM observation");
        var revisions = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM observation_revision");
        var imports = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM observation_import");
        return $"{figures} revisions={revisions} imports={imports}";
    }

    public static Task<HttpResponseMessage> PostFigureAsync(this HttpClient client, object figure) =>
        client.PostAsJsonAsync("/api/v1/observations", figure);

    /// <summary>Posts each figure on its own; every one must be written (201 or 200), or the test stops naming it.</summary>
    public static async Task PostFiguresAsync(this HttpClient client, params (string Indicator, string Area, int Year, double Value)[] figures)
    {
        foreach (var (indicator, area, year, value) in figures)
        {
            using var posted = await client.PostFigureAsync(new { indicator, area, year, value });
            Assert.True(posted.IsSuccessStatusCode, $"{indicator} {area} {year}: {(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()}");
        }
    }

    public static Task<HttpResponseMessage> RetractAsync(this HttpClient client, string indicator, string area, int year) =>
        client.DeleteAsync($"/api/v1/observations?indicator={indicator}&area={area}&year={year}");

    /// <summary>Retracts a figure that must stand (204).</summary>
    public static async Task RetractStandingAsync(this HttpClient client, string indicator, string area, int year)
    {
        using var retracted = await client.RetractAsync(indicator, area, year);
        Assert.Equal(HttpStatusCode.NoContent, retracted.StatusCode);
    }

    /// <summary>Creates a share indicator (%, higher is better, 0–100, whole numbers) of the city-life theme.</summary>
    public static Task<HttpResponseMessage> CreateShareIndicatorAsync(
        this HttpClient admin, string code, string nameDa, string nameEn, string definitionDa, string definitionEn, int sortOrder) =>
        admin.PostAsJsonAsync("/api/v1/admin/indicators", new
        {
            code,
            content = new
            {
                name = new { da = nameDa, en = nameEn },
                definition = new { da = definitionDa, en = definitionEn },
                theme = "city-life",
                unit = "%",
                direction = "higher-is-better",
                minValue = 0,
                maxValue = 100,
                decimals = 0,
                source = "Gladsaxe Kommune",
                supplier = "municipality",
                sortOrder,
            },
        });

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string csv, string query = "") =>
        client.PostAsync("/api/v1/observations/batch" + query, new StringContent(csv, Encoding.UTF8, "text/csv"));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    public static IReadOnlyList<(int Row, string Field)> Rows(JsonElement problem) =>
        problem.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString()!))
            .ToList();
}
