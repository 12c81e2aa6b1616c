using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Administration;

/// <summary>
/// Figures for the progress of targets made over HTTP: feeling safe in Høje Gladsaxe (70 → 76) and the share
/// outside work and education in Værebro Park (30 → 28) and Gladsaxe (10 → 9). No targets: the tests make them.
/// </summary>
public sealed class TargetAdministrationFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    /// <summary>The validation cases make some 50 admin writes a minute with one key; the write limit has its own tests.</summary>
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Limits:WritesPerMinute"] = "1000",
    };

    protected override Task ArrangeAsync(DbConnectionFactory db) =>
        Figures.InsertAsync(db,
        [
            new("feel-safe", "hoeje-gladsaxe", 2020, 70), new("feel-safe", "hoeje-gladsaxe", 2023, 76),
            new("outside-work-education", "gladsaxe", 2020, 10), new("outside-work-education", "gladsaxe", 2023, 9),
            new("outside-work-education", "vaerebro-park", 2020, 30), new("outside-work-education", "vaerebro-park", 2023, 28),
        ]);
}

internal static class TargetAdministration
{
    public const string AdminPath = "/api/v1/admin/targets";

    /// <summary>Every stored field of every target, so a refused request can be shown to have changed nothing.</summary>
    public static async Task<string> TableStateAsync(DbConnection connection)
    {
        var rows = await connection.QueryAsync("""
            SELECT id, indicator_code, area_code, baseline_year, target_year, kind, target_value, remaining_share,
                   reference_area_code, note_da, note_en, created_at, updated_at, version
            FROM indicator_target
            ORDER BY id
            """);
        var state = new StringBuilder();
        foreach (IDictionary<string, object?> row in rows)
        {
            state.AppendLine(string.Join("|", row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        }

        return state.ToString();
    }

    /// <summary>A valid value target as a JSON object; a test sets or removes a key to break one rule.</summary>
    public static Dictionary<string, object?> ValueTarget(string indicator = "feel-safe", string area = "hoeje-gladsaxe", int targetYear = 2030,
        double targetValue = 85) => new()
        {
            ["indicator"] = indicator,
            ["area"] = area,
            ["baselineYear"] = 2020,
            ["targetYear"] = targetYear,
            ["kind"] = "value",
            ["targetValue"] = targetValue,
            ["note"] = new { da = "Byrådets mål", en = "The council's target" },
        };

    /// <summary>A valid gap target (reference area left to its default, gladsaxe).</summary>
    public static Dictionary<string, object?> GapTarget(string indicator = "outside-work-education", string area = "vaerebro-park", int targetYear = 2030) => new()
    {
        ["indicator"] = indicator,
        ["area"] = area,
        ["baselineYear"] = 2020,
        ["targetYear"] = targetYear,
        ["kind"] = "gap",
        ["remainingShare"] = 0.5,
    };

    public static HttpRequestMessage Request(HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
