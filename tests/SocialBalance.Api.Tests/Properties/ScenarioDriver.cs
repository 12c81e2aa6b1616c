using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SocialBalance.Analysis;
using SocialBalance.Analysis.Gaps;
using SocialBalance.Analysis.Progress;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>A target made by a scenario, as the expected answers need it.</summary>
public sealed record TargetSlot(int Id, string ETag, TargetSpec Spec, int TargetYear, double? TargetValue);

/// <summary>
/// Applies a scenario's steps over HTTP with the admin key. Keeps the model: the figures the writes so far leave
/// shown (the latest value of each, none retracted) and the targets made. Each write's status must be the one the
/// model predicts (201 new, 200 updated, 204 retracted, 404 nothing to retract, 422 a batch with a duplicate,
/// 400 a target on a neutral indicator).
/// </summary>
public sealed class ScenarioDriver(HttpClient admin)
{
    /// <summary>The order "shown[n]" counts in: by indicator, area and year.</summary>
    public static readonly IComparer<FigureKey> KeyOrder =
        Comparer<FigureKey>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));

    private readonly SortedDictionary<FigureKey, double> shown = new(KeyOrder);

    public IReadOnlyDictionary<FigureKey, double> Shown => shown;

    public TargetSlot?[] Targets { get; } = new TargetSlot?[2];

    /// <summary>The scenario's initial figures as one CSV batch.</summary>
    public async Task<string> ImportInitialAsync(Scenario scenario, PublishedCatalogue catalogue)
    {
        var figures = scenario.InitialFigures()
            .Select(f => (f.Key, Value: FigureValues.ValueOf(f.Key.Indicator, f.Value, catalogue.Indicator(f.Key.Indicator))))
            .ToList();
        using var response = await admin.PostAsync("/api/v1/observations/batch", CsvBody(figures));
        await ExpectAsync(response, HttpStatusCode.OK, "the initial batch");
        foreach (var (key, value) in figures) shown[key] = value;
        return $"initial batch of {figures.Count} figures → 200";
    }

    /// <summary>Applies one step; answers what it did, with the figures resolved, for the failure report.</summary>
    public Task<string> ApplyAsync(Step step, PublishedCatalogue catalogue) => step switch
    {
        PostFigure post => PostAsync(post, catalogue),
        ImportBatch batch => ImportAsync(batch, catalogue),
        RetractFigure retract => RetractAsync(retract.Figure.Resolve([.. shown.Keys])),
        SetTarget target => SetTargetAsync(target, catalogue),
        MoveTheme move => UpdateVersionedAsync($"/api/v1/admin/themes/{move.Theme}/effect-goal", _ => new JsonObject { ["effectGoal"] = move.EffectGoal }, move.ToString()),
        ChangeIndicator change => UpdateVersionedAsync($"/api/v1/admin/indicators/{change.Indicator}", record =>
        {
            var content = JsonNode.Parse(record.GetProperty("content").GetRawText())!.AsObject();
            (content["direction"], content["theme"]) = (change.Direction, change.Theme);
            return content;
        }, change.ToString()),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step."),
    };

    private async Task<string> PostAsync(PostFigure post, PublishedCatalogue catalogue)
    {
        var key = post.Figure.Resolve([.. shown.Keys]);
        var value = FigureValues.ValueOf(key.Indicator, post.Value, catalogue.Indicator(key.Indicator));
        var expected = shown.ContainsKey(key) ? HttpStatusCode.OK : HttpStatusCode.Created;
        using var response = await admin.PostAsJsonAsync("/api/v1/observations", new { indicator = key.Indicator, area = key.Area, year = key.Year, value });
        var what = $"{(expected == HttpStatusCode.OK ? "update" : "post")} {key} = {Number(value)}";
        await ExpectAsync(response, expected, what);
        shown[key] = value;
        return $"{what} → {(int)expected}";
    }

    private async Task<string> ImportAsync(ImportBatch batch, PublishedCatalogue catalogue)
    {
        var figures = batch.Figures.Select(f =>
        {
            var key = f.Figure.Resolve([.. shown.Keys]);
            return (Key: key, Value: FigureValues.ValueOf(key.Indicator, f.Value, catalogue.Indicator(key.Indicator)));
        }).ToList();
        var duplicate = figures.GroupBy(f => f.Key).Any(g => g.Count() > 1);
        var expected = duplicate ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.OK;
        HttpContent body = batch.AsCsv
            ? CsvBody(figures)
            : JsonContent.Create(figures.Select(f => new { indicator = f.Key.Indicator, area = f.Key.Area, year = f.Key.Year, value = f.Value }));
        using var response = await admin.PostAsync("/api/v1/observations/batch", body);
        var what = $"batch ({(batch.AsCsv ? "CSV" : "JSON")}) [{string.Join(", ", figures.Select(f => $"{f.Key} = {Number(f.Value)}"))}]";
        await ExpectAsync(response, expected, what);
        if (!duplicate)
        {
            foreach (var (key, value) in figures) shown[key] = value;
        }

        return $"{what} → {(int)expected}";
    }

    private async Task<string> RetractAsync(FigureKey key)
    {
        var expected = shown.ContainsKey(key) ? HttpStatusCode.NoContent : HttpStatusCode.NotFound;
        using var response = await admin.DeleteAsync($"/api/v1/observations?indicator={key.Indicator}&area={key.Area}&year={key.Year}");
        await ExpectAsync(response, expected, $"retract {key}");
        shown.Remove(key);
        return $"retract {key} → {(int)expected}";
    }

    private async Task<string> SetTargetAsync(SetTarget step, PublishedCatalogue catalogue)
    {
        var spec = step.Spec.Resolve([.. shown.Keys]);
        var facts = catalogue.Indicator(spec.Indicator);
        double? value = spec.IsGap ? null : FigureValues.ValueOf(spec.Indicator, spec.Value, facts);
        var body = new JsonObject
        {
            ["indicator"] = spec.Indicator,
            ["area"] = spec.Area,
            ["baselineYear"] = spec.BaselineYear,
            ["targetYear"] = step.TargetYear,
            ["kind"] = spec.IsGap ? "gap" : "value",
            ["targetValue"] = value,
            ["remainingShare"] = spec.IsGap ? spec.RemainingShare : null,
            ["referenceArea"] = spec.IsGap ? spec.Reference : null,
        };
        var slot = Targets[step.Slot];
        using var request = new HttpRequestMessage(slot is null ? HttpMethod.Post : HttpMethod.Put,
            slot is null ? "/api/v1/admin/targets" : $"/api/v1/admin/targets/{slot.Id}")
        { Content = JsonContent.Create(body) };
        if (slot is not null) request.Headers.TryAddWithoutValidation("If-Match", slot.ETag);
        var expected = facts.Direction == Direction.Neutral ? HttpStatusCode.BadRequest
            : spec.IsGap && StartsAhead(spec, facts.Direction) ? HttpStatusCode.UnprocessableEntity
            : slot is null ? HttpStatusCode.Created : HttpStatusCode.OK;
        using var response = await admin.SendAsync(request);
        var answer = await ExpectAsync(response, expected, $"target slot {step.Slot}: {spec}");
        if (expected is not (HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity))
        {
            Targets[step.Slot] = new TargetSlot(answer.GetProperty("id").GetInt32(), response.Headers.ETag!.ToString(), spec, step.TargetYear, value);
        }

        return $"target slot {step.Slot} ({step.TargetYear}): {spec}{(value is { } v ? $" = {Number(v)}" : "")} → {(int)expected}";
    }

    /// <summary>
    /// A gap target whose area is ahead of its reference in the baseline year, by the figures shown, is refused (422)
    /// and leaves the slot as it was; without both baseline figures it is accepted.
    /// </summary>
    private bool StartsAhead(TargetSpec spec, Direction direction) =>
        shown.TryGetValue(new FigureKey(spec.Indicator, spec.Area, spec.BaselineYear), out var area)
        && shown.TryGetValue(new FigureKey(spec.Indicator, spec.Reference, spec.BaselineYear), out var reference)
        && GapTarget.StartsAhead(ShortfallCalculator.Measure(direction, spec.BaselineYear, area, reference));

    /// <summary>Reads an admin record with its ETag and PUTs the changed body with If-Match.</summary>
    private async Task<string> UpdateVersionedAsync(string path, Func<JsonElement, JsonObject> change, string what)
    {
        using var read = await admin.GetAsync(path);
        var record = await ExpectAsync(read, HttpStatusCode.OK, $"GET {path}");
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(change(record)) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(read.Headers.ETag!.ToString()));
        using var response = await admin.SendAsync(request);
        await ExpectAsync(response, HttpStatusCode.OK, what);
        return $"{what} → 200";
    }

    private static StringContent CsvBody(IEnumerable<(FigureKey Key, double Value)> figures)
    {
        var csv = new StringBuilder("indicator,area,year,value\r\n");
        foreach (var (key, value) in figures)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{key.Indicator},{key.Area},{key.Year},{Number(value)}\r\n");
        }

        return new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
