using System.Globalization;

namespace SocialBalance.Api.Tests.Features.Precision;

/// <summary>How many decimals a number on the wire may have, by the field it is in (README "Reading derived numbers").</summary>
public enum Precision
{
    /// <summary>Years, counts, ids, signs.</summary>
    Integer,

    /// <summary>Figures and their sums and differences: the indicator's decimals.</summary>
    Figure,

    /// <summary>Averages, thresholds, margins and target values in the indicator's unit: the indicator's decimals + 3.</summary>
    Unit,

    /// <summary>Dimensionless ratios, CAGR, coefficients, progress thresholds and scores: 6 decimals.</summary>
    Ratio,
}

/// <summary>
/// The field → precision map of every derived endpoint, in JSON and in CSV. A number in a field the map does not
/// know fails the walk, so a new field is given a rule before it ships. Where one name means a figure in one
/// answer and an average in another (<c>value</c>, <c>referenceValue</c>, <c>targetValue</c>), the wider rule holds.
/// </summary>
public static class NumberRules
{
    public const int ExtraUnitDecimals = 3;
    public const int RatioDecimals = 6;

    private static readonly Dictionary<Precision, string[]> JsonFields = new()
    {
        [Precision.Integer] =
        [
            "id", "year", "baselineYear", "latestYear", "listYear", "dataYear", "validFrom", "validTo", "minimumResidents",
            "minimum", "configuredBaseYear", "baseYear", "currentYear", "targetYear", "referenceYear", "sign", "seriesCount",
            "scoredCount", "considered", "improved", "narrowed", "insufficient", "criteriaMet", "minimumCriteriaMet",
            "criteriaWithoutData", "requiredYears", "consecutiveYears", "periodYears", "areasOnWatch",
        ],
        [Precision.Figure] =
        [
            "areaValue", "baseValue", "currentValue", "share", "residents", "limit", "difference", "shortfall", "change",
            "areaChange", "shortfallChange", "baselineShortfall", "baselineValue", "latestValue",
        ],
        [Precision.Unit] = ["value", "referenceValue", "threshold", "margin", "shareAbove", "targetShortfall", "targetValue", "baseValueUsed", "targetValueUsed"],
        [Precision.Ratio] =
        [
            "relativeDifference", "relativeShortfall", "relativeMargin", "observedCagr", "requiredCagr", "progressValue",
            "coefficient", "high", "medium", "low", "score", "scores", "meanScore", "remainingShare", "watchMargin", "parameter",
        ],
    };

    private static readonly Dictionary<Precision, string[]> CsvColumns = new()
    {
        [Precision.Integer] = ["baseline_year", "latest_year", "list_year", "data_year", "period_years", "base_year", "current_year", "target_year", "considered", "improved", "narrowed", "insufficient", "missing_figures"],
        [Precision.Figure] = ["baseline_value", "baseline_reference_value", "baseline_shortfall", "latest_value", "latest_reference_value", "latest_difference", "latest_shortfall", "shortfall_change", "base_value", "current_value"],
        [Precision.Unit] = ["target_value", "value", "reference_value", "higher_threshold", "lower_threshold", "higher_margin", "lower_margin"],
        [Precision.Ratio] = ["latest_relative_shortfall", "score", "observed_cagr", "required_cagr", "progress_value", "coefficient"],
    };

    /// <summary>Objects whose numbers belong to an indicator the object does not name (the list rules' own indicators).</summary>
    public static readonly IReadOnlyDictionary<string, string> IndicatorOfObject = new Dictionary<string, string>
    {
        ["nonWestern"] = "non-western",
        ["residents"] = "residents",
    };

    private static readonly Dictionary<string, Precision> ByJsonField = Invert(JsonFields);
    private static readonly Dictionary<string, Precision> ByCsvColumn = Invert(CsvColumns);

    public static Precision? ForJsonField(string name) => ByJsonField.TryGetValue(name, out var p) ? p : null;

    public static Precision? ForCsvColumn(string name) => ByCsvColumn.TryGetValue(name, out var p) ? p : null;

    /// <summary>The most decimals a number of <paramref name="precision"/> may have; null when it needs an indicator and has none.</summary>
    public static int? AllowedDecimals(Precision precision, int? indicatorDecimals) => precision switch
    {
        Precision.Integer => 0,
        Precision.Ratio => RatioDecimals,
        Precision.Figure => indicatorDecimals,
        _ => indicatorDecimals + ExtraUnitDecimals,
    };

    /// <summary>The decimals of a number's text as written (shortest round trip), exponent included: "1E-07" has 7.</summary>
    public static int Decimals(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return (value / 1.000000000000000000000000000000000m).Scale;
    }

    public static bool IsNumber(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '-') && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static Dictionary<string, Precision> Invert(Dictionary<Precision, string[]> map) =>
        map.SelectMany(kv => kv.Value.Select(name => (name, kv.Key))).ToDictionary(x => x.name, x => x.Key, StringComparer.Ordinal);
}
