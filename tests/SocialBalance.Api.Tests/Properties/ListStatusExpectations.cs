using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Observations;
using static SocialBalance.Api.Tests.Properties.GapExpectations;
using static SocialBalance.Api.Tests.Properties.Mismatches;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>What a list classification takes besides the figures: the rule sets as stored, and the service's list settings.</summary>
public sealed record ListSettings(ListRuleSetCatalog RuleSets, int DataYearLag, double WatchMargin, string NationalArea, string RegionalArea);

/// <summary>
/// <c>/api/v1/areas/{code}/list-status</c> and <c>/api/v1/list-status</c> against <see cref="ListClassifier"/>,
/// with the rule set valid in each list year (data year + lag), and each area's country and region from the
/// area hierarchy as the references.
/// </summary>
/// <remarks>
/// Compared: every part an answer takes from the figures (the category and the definitions met or left open, the
/// residents and non-Western checks, each criterion's values, averages, thresholds and margins, the categories'
/// counts, the transformation run, the watch and the missing figures). Not compared: names, formulas in words, and
/// the official list history, which are no figures. The national list answers the same per area, so each of its
/// areas gets the same comparison.
/// </remarks>
public static class ListStatusExpectations
{
    public static async Task CheckAreaAsync(HttpClient client, PublishedCatalogue catalogue, ObservationTable table, ListSettings settings, int listYear, string area, Mismatches m)
    {
        var url = $"/api/v1/areas/{area}/list-status?year={listYear}";
        Status(m, url, Expected(catalogue, table, settings, listYear, area), await Answers.GetAsync(client, url));
    }

    public static async Task CheckAllAsync(HttpClient client, PublishedCatalogue catalogue, ObservationTable table, ListSettings settings, int listYear, Mismatches m)
    {
        var url = $"/api/v1/list-status?year={listYear}";
        var answer = await Answers.GetAsync(client, url);
        var areas = m.Items(url, Field(answer, "areas"), a => CodeOf(Field(a, "area")), catalogue.HousingAreas);
        foreach (var (area, json) in areas.Where(a => catalogue.HousingAreas.Contains(a.Key)))
        {
            Status(m, $"{url} [{area}]", Expected(catalogue, table, settings, listYear, area), json);
        }
    }

    private static ListStatus Expected(PublishedCatalogue catalogue, ObservationTable table, ListSettings settings, int listYear, string area) =>
        ListClassifier.Classify(
            dataYear => settings.RuleSets.ValidIn(dataYear + settings.DataYearLag),
            new ListClassificationRequest(
                area,
                listYear - settings.DataYearLag,
                table,
                catalogue.AncestorOfKind(area, "country") ?? settings.NationalArea,
                catalogue.AncestorOfKind(area, "region") ?? settings.RegionalArea,
                settings.WatchMargin,
                catalogue.OfficialList(area, settings.DataYearLag),
                catalogue.Indicators.ToDictionary(i => i.Code, i => i.Decimals)));

    private static void Status(Mismatches m, string where, ListStatus e, JsonElement a)
    {
        m.Int($"{where} dataYear", e.Year, Field(a, "dataYear"));
        m.Code($"{where} ruleSet", e.RuleSetCode, Field(a, "ruleSet"));
        m.Text($"{where} outcome", Wire(e.Outcome), Field(a, "outcome"));
        m.Code($"{where} category", e.Category.ToCode(), Field(a, "category"));
        m.Codes($"{where} definitionsMet", e.DefinitionsMet.Select(Wire), Field(a, "definitionsMet"));
        m.Codes($"{where} definitionsUndetermined", e.DefinitionsUndetermined.Select(Wire), Field(a, "definitionsUndetermined"));
        m.Missing($"{where} missingFigures", Triples(e.MissingFigures), Field(a, "missingFigures"));
        m.Bool($"{where} watch.onWatch", e.Watch.OnWatch, Field(Field(a, "watch"), "onWatch"));
        m.Codes($"{where} watch.reasons", e.Watch.Reasons, Field(Field(a, "watch"), "reasons"));
        if (e.Evaluation is not { } evaluation)
        {
            return;
        }

        var residents = Field(a, "residents");
        m.Figure($"{where} residents.residents", evaluation.Residents.Residents, Field(residents, "residents"));
        m.Bool($"{where} residents.met", evaluation.Residents.Met, Field(residents, "met"));
        m.Codes($"{where} criteria", evaluation.Criteria.Select(c => c.Code), Field(a, "criteria"));
        var criteria = Elements(Field(a, "criteria"));
        for (var i = 0; i < evaluation.Criteria.Count && i < criteria.Count; i++)
        {
            Criterion(m, $"{where} criteria[{evaluation.Criteria[i].Code}]", evaluation.Criteria[i], criteria[i]);
        }

        m.Codes($"{where} categories", evaluation.Categories.Select(c => c.Category.ToCode()), Field(a, "categories"), "category");
        var categories = Elements(Field(a, "categories"));
        for (var i = 0; i < evaluation.Categories.Count && i < categories.Count; i++)
        {
            var (c, json, at) = (evaluation.Categories[i], categories[i], $"{where} categories[{evaluation.Categories[i].Category.ToCode()}]");
            m.Int($"{at}.criteriaMet", c.CriteriaMet, Field(json, "criteriaMet"));
            m.Codes($"{at}.criteriaMetCodes", c.CriteriaMetCodes, Field(json, "criteriaMetCodes"));
            m.Int($"{at}.criteriaWithoutData", c.CriteriaWithoutData, Field(json, "criteriaWithoutData"));
            m.Bool($"{at}.met", c.Met, Field(json, "met"));
            m.Figure($"{at}.nonWestern.share", c.NonWestern?.Share, Field(Field(json, "nonWestern"), "share"));
            m.Bool($"{at}.nonWestern.met", c.NonWestern?.Met, Field(Field(json, "nonWestern"), "met"));
        }

        var transformation = Field(a, "transformation");
        m.Int($"{where} transformation.consecutiveYears", e.Transformation?.ConsecutiveYears, Field(transformation, "consecutiveYears"));
        m.Bool($"{where} transformation.met", e.Transformation?.Met, Field(transformation, "met"));
        m.Sequence($"{where} transformation.years", (e.Transformation?.Years ?? []).Select(y => $"{y.Year}:{y.IsParallelSociety}"),
            Elements(Field(transformation, "years")).Select(y => $"{Field(y, "dataYear")}:{Parallel(Field(y, "parallelSociety"))}"));
    }

    private static void Criterion(Mismatches m, string where, CriterionResult e, JsonElement a)
    {
        m.YearValues($"{where}.areaValues", e.AreaValues.Select(v => (v.Year, v.Value)), Field(a, "areaValues"));
        m.Derived($"{where}.value", e.Value, Field(a, "value"));
        m.Text($"{where}.referenceArea", e.ReferenceAreaCode, Field(a, "referenceArea"));
        m.YearValues($"{where}.referenceValues", e.ReferenceValues.Select(v => (v.Year, v.Value)), Field(a, "referenceValues"));
        m.Derived($"{where}.referenceValue", e.ReferenceValue, Field(a, "referenceValue"));
        foreach (var (level, name) in new[] { (e.Higher, "higher"), (e.Lower, "lower") })
        {
            var json = Field(a, name);
            if (level is null)
            {
                m.Text($"{where}.{name}", null, json);
                continue;
            }

            m.Derived($"{where}.{name}.threshold", level.Threshold, Field(json, "threshold"));
            m.Bool($"{where}.{name}.met", level.Met, Field(json, "met"));
            m.Derived($"{where}.{name}.margin", level.Margin, Field(json, "margin"));
            m.Derived($"{where}.{name}.relativeMargin", level.RelativeMargin, Field(json, "relativeMargin"));
        }

        m.Missing($"{where}.missingFigures", Triples(e.MissingFigures), Field(a, "missingFigures"));
    }

    private static string Parallel(JsonElement e) => e.ValueKind switch { JsonValueKind.True => "True", JsonValueKind.False => "False", _ => "" };
}
