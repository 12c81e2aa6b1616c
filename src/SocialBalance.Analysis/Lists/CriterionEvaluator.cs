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
        var years = Enumerable.Range(year - criterion.PeriodYears + 1, criterion.PeriodYears).ToList();
        var missing = new List<MissingFigure>();
        var areaValues = Read(request.Observations, criterion.IndicatorCode, request.AreaCode, years, missing);

        var referenceArea = criterion.Kind switch
        {
            CriterionKind.MultipleOfNationalAverage => request.NationalAreaCode,
            CriterionKind.ShareOfRegionalAverage => request.RegionalAreaCode,
            _ => null,
        };
        IReadOnlyList<YearValue> referenceValues = referenceArea is null
            ? []
            : Read(request.Observations, criterion.IndicatorCode, referenceArea, years, missing);

        if (missing.Count > 0)
        {
            return new CriterionResult(criterion.Code, criterion.IndicatorCode, criterion.Kind, criterion.Operator,
                criterion.PeriodYears, areaValues, null, referenceArea, referenceValues, null, null, null, missing);
        }

        var value = areaValues.Average(v => v.Value);
        double? reference = referenceArea is null ? null : referenceValues.Average(v => v.Value);
        return new CriterionResult(criterion.Code, criterion.IndicatorCode, criterion.Kind, criterion.Operator,
            criterion.PeriodYears, areaValues, value, referenceArea, referenceValues, reference,
            Level(criterion, CriteriaLevel.Higher, criterion.HigherThreshold, value, reference),
            criterion.LowerThreshold is { } lower ? Level(criterion, CriteriaLevel.Lower, lower, value, reference) : null,
            []);
    }

    private static CriterionLevelResult Level(
        ListCriterion criterion, CriteriaLevel level, double parameter, double value, double? reference)
    {
        var threshold = reference is { } r ? parameter * r : parameter;
        var margin = criterion.Operator.Margin(value, threshold);
        return new CriterionLevelResult(
            level,
            parameter,
            threshold,
            criterion.Operator.Holds(value, threshold),
            margin,
            threshold == 0 ? null : margin / Math.Abs(threshold));
    }

    private static List<YearValue> Read(
        ObservationTable table, string indicator, string area, IEnumerable<int> years, List<MissingFigure> missing)
    {
        var values = new List<YearValue>();
        foreach (var year in years)
        {
            if (table.Find(indicator, area, year) is { } value)
                values.Add(new YearValue(year, value));
            else
                missing.Add(MissingFigure.For(indicator, area, year));
        }

        return values;
    }
}
