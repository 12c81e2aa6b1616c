using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Precision;

/// <summary>
/// No derived number carries binary noise: every number of every derived endpoint on the demo data, in JSON and
/// in CSV, has at most the decimals its field's precision rule allows, and every formula's result is what its shown
/// inputs give under that rule.
/// </summary>
public abstract class DerivedNumberPrecisionTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Every_derived_number_has_at_most_its_documented_decimals()
    {
        var walker = new NumberWalker(await DerivedEndpoints.DecimalsAsync(Client));
        var requests = await DerivedEndpoints.AllAsync(Client);
        var found = new List<string>();
        var numbers = 0;
        foreach (var request in requests)
        {
            var json = await GetJsonAsync(request.Url);
            numbers += CountNumbers(json);
            found.AddRange(walker.Json(request.Url, json, request.Indicator));
            if (request.HasCsv)
            {
                found.AddRange(walker.Csv(request.Url, await GetCsvAsync(request.Url), request.Indicator));
            }
        }

        Assert.True(requests.Count > 50, $"only {requests.Count} derived answers read");
        var byEndpoint = found.GroupBy(Family).Select(g => $"{g.Key}: {g.Count()}");
        Assert.True(found.Count == 0,
            $"{found.Count} of {numbers} JSON numbers and the CSV cells break their precision rule ({string.Join(", ", byEndpoint)}); " +
            $"the first ones:\n{string.Join("\n", found.Take(40))}");
    }

    [SkippableFact]
    public async Task Every_formula_gives_the_result_it_shows()
    {
        var decimals = await DerivedEndpoints.DecimalsAsync(Client);
        var found = new List<string>();
        var formulas = 0;
        foreach (var request in await DerivedEndpoints.AllAsync(Client))
        {
            var json = await GetJsonAsync(request.Url);
            var before = found.Count;
            foreach (var (kind, element, parent) in Formulas(json))
            {
                formulas++;
                switch (kind)
                {
                    case "shortfall": FormulaChecks.Shortfall(element, found); break;
                    case "series": FormulaChecks.Progress(element, found); break;
                    case "summary": FormulaChecks.MeanScore(element, found); break;
                    case "gapTarget": FormulaChecks.GapTarget(element, decimals[request.Indicator!], found); break;
                    default: FormulaChecks.CriterionLevel(parent, element, decimals[parent.GetProperty("indicator").GetString()!], found); break;
                }
            }

            for (var i = before; i < found.Count; i++) found[i] = $"{request.Url}: {found[i]}";
        }

        Assert.True(formulas > 500, $"only {formulas} formulas checked");
        Assert.True(found.Count == 0, $"{found.Count} mismatches in the {formulas} formulas checked:\n{string.Join("\n", found.Take(40))}");
    }

    // Every object with a formula, named by the property that holds it (a criterion's levels come with the criterion).
    private static IEnumerable<(string Kind, JsonElement Element, JsonElement Parent)> Formulas(JsonElement element, string name = "", JsonElement parent = default)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(item => Formulas(item, name, parent));
        }

        if (element.ValueKind != JsonValueKind.Object) return [];
        var own = element.TryGetProperty("formula", out _)
            ? [(name switch { "baseline" or "latest" => "shortfall", "series" or "progress" => "series", "higher" or "lower" => "level", _ => name }, element, parent)]
            : Array.Empty<(string, JsonElement, JsonElement)>();
        return own.Concat(element.EnumerateObject().SelectMany(p => Formulas(p.Value, p.Name, element)));
    }

    // "/api/v1/areas/moerkhoej/list-status?year=2021 (CSV) row 3: …" counts under "/api/v1/areas/{code}/list-status (CSV)".
    private static string Family(string finding)
    {
        var url = finding[..finding.IndexOfAny([' ', '?'])];
        var segments = url.Split('/');
        if (segments is [_, _, _, "areas" or "targets", _, ..]) segments[4] = segments[3] == "areas" ? "{code}" : "{id}";
        return string.Join('/', segments) + (finding.Contains(" (CSV) ", StringComparison.Ordinal) ? " (CSV)" : "");
    }

    private static int CountNumbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => 1,
        JsonValueKind.Object => element.EnumerateObject().Sum(p => CountNumbers(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(CountNumbers),
        _ => 0,
    };
}

public sealed class DerivedNumberPrecisionSqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : DerivedNumberPrecisionTests<SqliteTestDatabase>(fixture);

public sealed class DerivedNumberPrecisionSqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : DerivedNumberPrecisionTests<SqlServerTestDatabase>(fixture);
