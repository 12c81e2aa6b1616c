using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

/// <summary>Evaluates one criterion for one area and year.</summary>
public static class CriterionEvaluator
{
    /// <remarks>
    /// For criteria against a national or regional average, the reference is averaged over the same years
    /// as the area's value, so both sides cover the same period. Averages and thresholds are rounded at the
    /// indicator's unit decimals, and the threshold is the parameter times the rounded average, so the value is
    /// judged against the very threshold shown (<see cref="DerivedPrecision"/>).
    /// </remarks>
    public static CriterionResult Evaluate(ListCriterion criterion, ListClassificationRequest request, int year)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(request);
        if (criterion.PeriodYears < 1)
            throw new ArgumentException($"Criterion '{criterion.Code}' must average at least 1 year.", nameof(criterion));
        var first = year - criterion.PeriodYears + 1;
        List<MissingFigure>? missing = null;
        var areaValues = Read(request.Observations, criterion.IndicatorCode, request.AreaCode, first, year, ref missing);

        var referenceArea = ReferenceArea(criterion, request);
        IReadOnlyList<YearValue> referenceValues = referenceArea is null
            ? []
            : Read(request.Observations, criterion.IndicatorCode, referenceArea, first, year, ref missing);

        if (missing is not null)
        {
            return new CriterionResult(criterion.Code, criterion.IndicatorCode, criterion.Kind, criterion.Operator,
                criterion.PeriodYears, areaValues, null, referenceArea, referenceValues, null, null, null, missing);
        }

        var decimals = request.UnitDecimals(criterion.IndicatorCode);
        var value = Average(areaValues, decimals);
        double? reference = referenceArea is null ? null : Average(referenceValues, decimals);
        return new CriterionResult(criterion.Code, criterion.IndicatorCode, criterion.Kind, criterion.Operator,
            criterion.PeriodYears, areaValues, value, referenceArea, referenceValues, reference,
            Level(criterion, CriteriaLevel.Higher, criterion.HigherThreshold, value, reference, decimals),
            criterion.LowerThreshold is { } lower ? Level(criterion, CriteriaLevel.Lower, lower, value, reference, decimals) : null,
            []);
    }

    /// <summary>
    /// Whether the criterion is met at <paramref name="level"/>, as <see cref="Evaluate"/> finds it, without the
    /// evidence: null when a figure is missing (each one added to <paramref name="missing"/>, in the same order),
    /// false when the criterion has no threshold at that level.
    /// </summary>
    internal static bool? IsMet(
        ListCriterion criterion, CriteriaLevel level, ListClassificationRequest request, int year, ref List<MissingFigure>? missing)
    {
        if (criterion.PeriodYears < 1)
            throw new ArgumentException($"Criterion '{criterion.Code}' must average at least 1 year.", nameof(criterion));
        var first = year - criterion.PeriodYears + 1;
        var missingBefore = missing?.Count ?? 0;
        var decimals = request.UnitDecimals(criterion.IndicatorCode);
        var value = Average(request.Observations, criterion.IndicatorCode, request.AreaCode, first, year, decimals, ref missing);
        var referenceArea = ReferenceArea(criterion, request);
        var reference = referenceArea is null
            ? null
            : Average(request.Observations, criterion.IndicatorCode, referenceArea, first, year, decimals, ref missing);
        if ((missing?.Count ?? 0) > missingBefore) return null;

        var parameter = level == CriteriaLevel.Higher ? criterion.HigherThreshold : criterion.LowerThreshold;
        return parameter is { } p && criterion.Operator.Holds(value!.Value, Threshold(p, reference, decimals));
    }

    private static string? ReferenceArea(ListCriterion criterion, ListClassificationRequest request) => criterion.Kind switch
    {
        CriterionKind.MultipleOfNationalAverage => request.NationalAreaCode,
        CriterionKind.ShareOfRegionalAverage => request.RegionalAreaCode,
        _ => null,
    };

    private static double Threshold(double parameter, double? reference, int decimals) =>
        reference is { } r ? DerivedPrecision.Product(parameter, r, decimals) : parameter;

    private static CriterionLevelResult Level(
        ListCriterion criterion, CriteriaLevel level, double parameter, double value, double? reference, int decimals)
    {
        var threshold = Threshold(parameter, reference, decimals);
        var margin = criterion.Operator.Margin(value, threshold);
        return new CriterionLevelResult(
            level,
            parameter,
            threshold,
            criterion.Operator.Holds(value, threshold),
            margin,
            threshold == 0 ? null : DerivedPrecision.Quotient(margin, Math.Abs(threshold), DerivedPrecision.RatioDecimals));
    }

    // The national list reads every criterion of 2,000 areas per request: one array per read, and a missing list
    // only when a figure is missing.
    private static YearValue[] Read(
        ObservationTable table, string indicator, string area, int firstYear, int lastYear, ref List<MissingFigure>? missing)
    {
        var values = new YearValue[lastYear - firstYear + 1];
        var count = 0;
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (table.Find(indicator, area, year) is { } value)
                values[count++] = new YearValue(year, value);
            else
                (missing ??= []).Add(MissingFigure.For(indicator, area, year));
        }

        if (count < values.Length) Array.Resize(ref values, count);
        return values;
    }

    // The average of Read's values without them: null when a year has no figure. Sums are exact, so both overloads
    // give the same number.
    private static double? Average(
        ObservationTable table, string indicator, string area, int firstYear, int lastYear, int decimals, ref List<MissingFigure>? missing)
    {
        double? sum = null;
        var complete = true;
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (table.Find(indicator, area, year) is { } value)
            {
                sum = sum is { } s ? DerivedPrecision.Sum(s, value) : value;
            }
            else
            {
                (missing ??= []).Add(MissingFigure.For(indicator, area, year));
                complete = false;
            }
        }

        return complete ? DerivedPrecision.Quotient(sum!.Value, lastYear - firstYear + 1, decimals) : null;
    }

    private static double Average(IReadOnlyList<YearValue> values, int decimals)
    {
        var sum = values[0].Value;
        for (var i = 1; i < values.Count; i++)
        {
            sum = DerivedPrecision.Sum(sum, values[i].Value);
        }

        return DerivedPrecision.Quotient(sum, values.Count, decimals);
    }
}
