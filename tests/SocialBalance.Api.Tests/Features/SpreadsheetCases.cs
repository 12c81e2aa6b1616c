namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// One list that answers a spreadsheet: its URL, the file name's stem, where its rows are in the JSON answer, and the
/// cells to compare with the JSON (column = path from the row, or from the answer's root with <c>$.</c>).
/// <see cref="Figures"/> names the columns holding figures of an indicator (column = path to the indicator's code),
/// which show that indicator's decimals.
/// </summary>
public sealed record SpreadsheetCase(
    string Url,
    string Stem,
    Func<JsonElement, IEnumerable<JsonElement>> Rows,
    IReadOnlyList<(string Column, string Path)> Cells,
    IReadOnlyList<(string Column, string Indicator)> Figures)
{
    /// <summary>The JSON of the same request; a paged list asked for everything in one page.</summary>
    public string JsonUrl => Url.StartsWith("/api/v1/observations", StringComparison.Ordinal) ? Url + "&pageSize=1000" : Url;

    /// <summary>Every list of the contract that answers CSV, and so a spreadsheet.</summary>
    public static readonly IReadOnlyDictionary<string, SpreadsheetCase> All = new Dictionary<string, SpreadsheetCase>
    {
        ["effect-goals"] = new("/api/v1/effect-goals", "effect-goals", Root, Pairs("code=code", "name_da=name.da", "name_en=name.en"), []),
        ["themes"] = new("/api/v1/themes", "themes", Root, Pairs(
            "code=code", "name_da=name.da", "name_en=name.en", "effect_goal=effectGoal.code",
            "effect_goal_name_da=effectGoal.name.da", "effect_goal_name_en=effectGoal.name.en"), []),
        ["indicators"] = new("/api/v1/indicators", "indicators", Root, Pairs(
            "code=code", "name_da=name.da", "name_en=name.en", "definition_da=definition.da", "definition_en=definition.en",
            "theme=theme.code", "theme_name_da=theme.name.da", "theme_name_en=theme.name.en", "min_value=validRange.min",
            "max_value=validRange.max", "decimals=decimals", "source=source", "supplier=supplier"), []),
        ["areas"] = new("/api/v1/areas", "areas", Root, Pairs(
            "code=code", "name_da=name.da", "name_en=name.en", "kind=kind.code", "kind_name_da=kind.name.da",
            "kind_name_en=kind.name.en", "parent=parentCode"), []),
        ["observations"] = new("/api/v1/observations?indicator=feel-safe,convicted,residents", "observations", Property("items"), Pairs(
            "indicator=indicator", "area=area", "year=year", "value=value", "unit=unit", "numerator=numerator",
            "denominator=denominator", "status=status", "source=source", "note=note", "retracted=retracted"), Pairs("value=indicator")),
        ["targets"] = new("/api/v1/targets", "targets", Root, Pairs(
            "id=id", "indicator=indicator.code", "indicator_name_da=indicator.name.da", "indicator_name_en=indicator.name.en",
            "area=area.code", "area_name_da=area.name.da", "area_name_en=area.name.en", "baseline_year=baselineYear",
            "target_year=targetYear", "kind=kind", "target_value=targetValue", "remaining_share=remainingShare",
            "reference_area=referenceArea.code", "reference_area_name_da=referenceArea.name.da",
            "reference_area_name_en=referenceArea.name.en", "note_da=note.da", "note_en=note.en"), Pairs("target_value=indicator.code")),
        ["comparisons"] = new("/api/v1/comparisons?baseline=2020", "comparisons", Property("items"), Pairs(
            "indicator=indicator.code", "indicator_name_da=indicator.name.da", "indicator_name_en=indicator.name.en",
            "area=area.code", "area_name_da=area.name.da", "area_name_en=area.name.en", "verdict=verdict", "baseline_year=baselineYear",
            "baseline_value=baseline.areaValue", "baseline_reference_value=baseline.referenceValue", "baseline_shortfall=baseline.shortfall",
            "latest_year=latestYear", "latest_value=latest.areaValue", "latest_reference_value=latest.referenceValue",
            "latest_difference=latest.difference", "latest_shortfall=latest.shortfall", "latest_relative_shortfall=latest.relativeShortfall",
            "shortfall_change=shortfallChange", "narrowed=narrowed", "improving=improving"),
            Pairs("baseline_value=indicator.code", "baseline_reference_value=indicator.code", "baseline_shortfall=indicator.code",
                "latest_value=indicator.code", "latest_reference_value=indicator.code", "latest_difference=indicator.code",
                "latest_shortfall=indicator.code", "shortfall_change=indicator.code")),
        ["theme-comparisons"] = new("/api/v1/comparisons/themes?baseline=2020", "theme-comparisons", Property("items"), Pairs(
            "theme=theme.code", "theme_name_da=theme.name.da", "theme_name_en=theme.name.en", "area=area.code",
            "area_name_da=area.name.da", "area_name_en=area.name.en", "criterion=criterion", "verdict=verdict",
            "considered=considered", "improved=improved", "narrowed=narrowed", "insufficient=insufficient", "partial=isPartial"), []),
        ["progress"] = new("/api/v1/progress?indicator=feel-safe", "progress", Property("series"), Pairs(
            "area=area.code", "area_name_da=area.name.da", "area_name_en=area.name.en", "method=method", "status=status",
            "reason=reason", "score=score", "base_year=baseYear", "base_value=baseValue", "current_year=currentYear",
            "current_value=currentValue", "target_year=targetYear", "target_value=targetValue", "observed_cagr=observedCagr",
            "required_cagr=requiredCagr", "progress_value=progressValue", "coefficient=coefficient", "formula=formula"),
            Pairs("base_value=$.indicator.code", "current_value=$.indicator.code")),
        ["ambition"] = new("/api/v1/ambition?baseline=2020", "ambition", AmbitionRows, Pairs(
            "area=area.code", "area_name_da=area.name.da", "area_name_en=area.name.en", "theme=theme.code",
            "theme_name_da=theme.name.da", "theme_name_en=theme.name.en", "verdict=verdict", "considered=considered",
            "improved=improved", "narrowed=narrowed", "insufficient=insufficient", "partial=isPartial", "ambition=$.outcome"), []),
        ["list-status"] = new("/api/v1/list-status?year=2024", "list-status", Property("areas"), Pairs(
            "area=area.code", "area_name_da=area.name.da", "area_name_en=area.name.en", "list_year=listYear", "data_year=dataYear",
            "rule_set=ruleSet.code", "outcome=outcome", "category=category.code", "category_name_da=category.name.da",
            "category_name_en=category.name.en", "on_watch=watch.onWatch"), []),
        ["area-list-status"] = new("/api/v1/areas/vaerebro-park/list-status?year=2024", "list-status-vaerebro-park", Property("criteria"), Pairs(
            "area=$.area.code", "area_name_da=$.area.name.da", "area_name_en=$.area.name.en", "list_year=$.listYear",
            "category=$.category.code", "category_name_da=$.category.name.da", "category_name_en=$.category.name.en",
            "criterion=code", "indicator=indicator", "period_years=periodYears", "value=value", "reference_value=referenceValue",
            "comparison=comparison", "higher_threshold=higher.threshold", "higher_met=higher.met", "higher_margin=higher.margin",
            "lower_threshold=lower.threshold", "lower_met=lower.met", "lower_margin=lower.margin"), []),
    };

    public static TheoryData<string> Names() => new(All.Keys);

    private static IEnumerable<JsonElement> Root(JsonElement json) => json.EnumerateArray();

    private static Func<JsonElement, IEnumerable<JsonElement>> Property(string name) => json => json.GetProperty(name).EnumerateArray();

    private static IEnumerable<JsonElement> AmbitionRows(JsonElement json) =>
        json.GetProperty("improvement").GetProperty("themes").EnumerateArray()
            .Concat(json.GetProperty("gapsShrink").EnumerateArray().SelectMany(a => a.GetProperty("themes").EnumerateArray()));

    private static List<(string, string)> Pairs(params string[] pairs) =>
        pairs.Select(p => p.Split('=')).Select(p => (p[0], p[1])).ToList();
}
