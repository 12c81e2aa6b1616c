using System.Net.Http.Json;
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
