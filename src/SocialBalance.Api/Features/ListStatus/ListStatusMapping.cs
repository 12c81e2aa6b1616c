using SocialBalance.Analysis.Lists;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.ListStatus;

/// <summary>Turns the Analysis library's ListStatus into the response, with list years beside data years.</summary>
public static class ListStatusMapping
{
    // One FormulaNumbers serves every area of an answer.
    public static ListStatusResponse Map(
        Analysis.Lists.ListStatus status, CodeAndName area, int listYear, int lag, ListRules rules, OfficialLists lists, FormulaNumbers numbers)
    {
        var evaluation = status.Evaluation;
        return new ListStatusResponse(
            area,
            listYear,
            listYear - lag,
            status.RuleSetCode is { } code ? rules.Sets[code] : null,
            status.Outcome,
            rules.Category(status.Category),
            ListStatusBasis.ForStatus(status, lists.For(status.AreaCode, listYear), listYear, lag),
            status.DefinitionsMet,
            status.DefinitionsUndetermined,
            evaluation?.Residents,
            evaluation?.Criteria.Select(c => Criterion(c, numbers)).ToList() ?? [],
            evaluation?.Categories.Select(c => Category(c, rules)).ToList() ?? [],
            status.Transformation is { } t ? Transformation(t, status.AreaCode, lag, lists) : null,
            status.Watch,
            MissingFigureResponse.From(status.MissingFigures),
            lists.Of(status.AreaCode).ToList());
    }

    /// <summary>The area's row of the national list as CSV: the verdict without the evidence.</summary>
    public static ListStatusCsvRow CsvRow(Analysis.Lists.ListStatus status, CodeAndName area, int listYear, int lag, ListRules rules, OfficialLists lists) => new(
        area,
        listYear,
        listYear - lag,
        status.RuleSetCode is { } code ? rules.Sets[code].Code : null,
        status.Outcome,
        rules.Category(status.Category),
        status.DefinitionsMet,
        status.Watch,
        status.MissingFigures.Count,
        lists.Of(status.AreaCode).LastOrDefault(),
        status.Basis);

    private static CriterionResponse Criterion(CriterionResult c, FormulaNumbers numbers)
    {
        // Both levels' formulas open with the same value, written once.
        string? value = null;
        return new(
            c.Code,
            c.IndicatorCode,
            ListRules.BasisCode(c.Kind),
            c.Operator.ToSymbol(),
            c.PeriodYears,
            c.AreaValues,
            c.Value,
            c.ReferenceAreaCode,
            c.ReferenceValues,
            c.ReferenceValue,
            c.Higher is { } h ? Level(c, h, value ??= ValueText(c, numbers), numbers) : null,
            c.Lower is { } l ? Level(c, l, value ??= ValueText(c, numbers), numbers) : null,
            MissingFigureResponse.From(c.MissingFigures));
    }

    private static string ValueText(CriterionResult c, FormulaNumbers numbers) => c.PeriodYears > 1
        ? $"value = ({string.Join(" + ", c.AreaValues.Select(v => numbers.Term(v.Value)))}) / {c.AreaValues.Count} = {numbers.Num(c.Value)}; "
        : $"value = {numbers.Num(c.Value)}; ";

    private static CriterionLevelResponse Level(CriterionResult c, CriterionLevelResult level, string value, FormulaNumbers numbers)
    {
        var threshold = c.Kind switch
        {
            CriterionKind.MultipleOfNationalAverage =>
                $"threshold = {numbers.Num(level.Parameter)} × national average {numbers.Num(c.ReferenceValue)} = {numbers.Num(level.Threshold)}; ",
            CriterionKind.ShareOfRegionalAverage =>
                $"threshold = {numbers.Num(level.Parameter)} × regional average {numbers.Num(c.ReferenceValue)} = {numbers.Num(level.Threshold)}; ",
            _ => "",
        };
        var verdict = level.Met ? "met" : "not met";
        var formula = $"{value}{threshold}{numbers.Num(c.Value)} {c.Operator.ToSymbol()} {numbers.Num(level.Threshold)}: {verdict} (margin {numbers.Num(level.Margin)})";
        return new CriterionLevelResponse(level.Parameter, level.Threshold, level.Met, level.Margin, level.RelativeMargin, formula);
    }

    private static CategoryResultResponse Category(CategoryResult c, ListRules rules) => new(
        rules.Category(c.Category),
        c.Level,
        c.MinimumCriteriaMet,
        c.CriteriaMet,
        c.CriteriaMetCodes,
        c.CriteriaWithoutData,
        c.NonWestern,
        c.Met);

    private static TransformationResponse Transformation(TransformationResult t, string area, int lag, OfficialLists lists) => new(
        t.Name,
        t.RequiredYears,
        t.ConsecutiveYears,
        t.Years.Select(y => new TransformationYearResponse(y.Year + lag, y.Year, y.RuleSetCode, y.IsParallelSociety,
            ListStatusBasis.ForYear(y, lists.For(area, y.Year + lag), lag))).ToList(),
        t.Met);
}
