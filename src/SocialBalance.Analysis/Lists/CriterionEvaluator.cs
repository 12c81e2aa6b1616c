using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Lists;

/// <summary>Evaluates one criterion for one area and year.</summary>
public static class CriterionEvaluator
{
    /// <remarks>
    /// For criteria against a national or regional average, the reference is averaged over the same years
    /// as the area's value, so both sides cover the same period.
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

        var value = Average(areaValues);
        double? reference = referenceArea is null ? null : Average(referenceValues);
        return new CriterionResult(criterion.Code, criterion.IndicatorCode, criterion.Kind, criterion.Operator,
            criterion.PeriodYears, areaValues, value, referenceArea, referenceValues, reference,
            Level(criterion, CriteriaLevel.Higher, criterion.HigherThreshold, value, reference),
            criterion.LowerThreshold is { } lower ? Level(criterion, CriteriaLevel.Lower, lower, value, reference) : null,
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
        var value = Average(request.Observations, criterion.IndicatorCode, request.AreaCode, first, year, ref missing);
        var referenceArea = ReferenceArea(criterion, request);
        var reference = referenceArea is null
            ? null
            : Average(request.Observations, criterion.IndicatorCode, referenceArea, first, year, ref missing);
        if ((missing?.Count ?? 0) > missingBefore) return null;

        var parameter = level == CriteriaLevel.Higher ? criterion.HigherThreshold : criterion.LowerThreshold;
        return parameter is { } p && criterion.Operator.Holds(value!.Value, Threshold(p, reference));
    }

    private static string? ReferenceArea(ListCriterion criterion, ListClassificationRequest request) => criterion.Kind switch
    {
        CriterionKind.MultipleOfNationalAverage => request.NationalAreaCode,
        CriterionKind.ShareOfRegionalAverage => request.RegionalAreaCode,
        _ => null,
    };

    private static double Threshold(double parameter, double? reference) => reference is { } r ? parameter * r : parameter;

    private static CriterionLevelResult Level(
        ListCriterion criterion, CriteriaLevel level, double parameter, double value, double? reference)
    {
        var threshold = Threshold(parameter, reference);
        var margin = criterion.Operator.Margin(value, threshold);
        return new CriterionLevelResult(
            level,
            parameter,
            threshold,
            criterion.Operator.Holds(value, threshold),
            margin,
            threshold == 0 ? null : margin / Math.Abs(threshold));
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

    // The average of Read's values, summed in the same order, without them: null when a year has no figure.
    private static double? Average(
        ObservationTable table, string indicator, string area, int firstYear, int lastYear, ref List<MissingFigure>? missing)
    {
        double? sum = null;
        var complete = true;
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (table.Find(indicator, area, year) is { } value)
            {
                sum = sum is { } s ? s + value : value;
            }
            else
            {
                (missing ??= []).Add(MissingFigure.For(indicator, area, year));
                complete = false;
            }
        }

        return complete ? sum / (lastYear - firstYear + 1) : null;
    }

    // Summed from the first value in year order and divided once, as Enumerable.Average does: the same bits.
    private static double Average(IReadOnlyList<YearValue> values)
    {
        var sum = values[0].Value;
        for (var i = 1; i < values.Count; i++)
        {
            sum += values[i].Value;
        }

        return sum / values.Count;
    }
}
