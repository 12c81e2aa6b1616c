using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

/// <summary>
/// Which area and year to classify, and where the figures come from. <see cref="Year"/> is the year of the
/// latest figures used; the rule set valid in that year applies (the caller maps list year to data year).
/// National and regional figures are read from the same table under their own area codes.
/// <see cref="WatchRelativeMargin"/>: an unmet threshold within this share of the threshold puts the area on
/// watch (0.10 = within 10%). <see cref="IndicatorDecimals"/>: each indicator's decimals, which set the precision
/// of averages, thresholds and margins (<see cref="DerivedPrecision.UnitDecimals"/>); an indicator not in it gets
/// <see cref="DerivedPrecision.MaxDecimals"/>.
/// <see cref="OfficialList"/>: the ministry's published lists as stored for the area, counted in the same years as
/// <see cref="Year"/>: the category each stored list gave the area, <see cref="ListCategory.None"/> when the stored list
/// of that year does not name it. A year without a stored list is absent. The figures come first; a list decides only
/// what the figures cannot (see <see cref="ListClassifier"/>).
/// </summary>
public sealed record ListClassificationRequest(
    string AreaCode,
    int Year,
    ObservationTable Observations,
    string NationalAreaCode,
    string RegionalAreaCode,
    double WatchRelativeMargin = 0.10,
    IReadOnlyDictionary<int, ListCategory>? OfficialList = null,
    IReadOnlyDictionary<string, int>? IndicatorDecimals = null)
{
    /// <summary>The decimals of <paramref name="indicatorCode"/>'s averages, thresholds and margins.</summary>
    public int UnitDecimals(string indicatorCode) => DerivedPrecision.UnitDecimals(
        IndicatorDecimals is not null && IndicatorDecimals.TryGetValue(indicatorCode, out var decimals) ? decimals : null);
}
