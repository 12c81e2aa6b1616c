using SocialBalance.Analysis;
using SocialBalance.Analysis.Lists;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.ListStatus;

/// <summary>
/// The rule sets as stored, turned into the Analysis library's <see cref="ListRuleSet"/> records. Nothing
/// about the law is in code: a new rule set is new rows, picked by its years of validity.
/// </summary>
public sealed class ListRules
{
    private ListRules(
        ListRuleSetCatalog catalog, IReadOnlyDictionary<string, RuleSetResponse> sets, IReadOnlyDictionary<string, CodeAndName> categories)
    {
        Catalog = catalog;
        Sets = sets;
        CategoryNames = categories;
    }

    public ListRuleSetCatalog Catalog { get; }

    /// <summary>Each rule set's names and legal basis, by code.</summary>
    public IReadOnlyDictionary<string, RuleSetResponse> Sets { get; }

    /// <summary>Each list category's names, by code (plus <c>none</c>).</summary>
    public IReadOnlyDictionary<string, CodeAndName> CategoryNames { get; }

    /// <summary>Every indicator any rule set reads.</summary>
    public IEnumerable<string> Indicators => Catalog.RuleSets
        .SelectMany(r => r.Criteria.Select(c => c.IndicatorCode).Append(r.ResidentsIndicatorCode).Append(r.NonWesternIndicatorCode))
        .Distinct();

    /// <summary>
    /// The years a classification for <paramref name="dataYear"/> can read: the data year, the earlier years of the
    /// longest transformation rule, and before each of those the longest averaging period of any criterion.
    /// Taken over every rule set, so whichever set is valid in a year finds its figures.
    /// </summary>
    public YearRange YearsRead(int dataYear)
    {
        var consecutive = Catalog.RuleSets.Select(r => r.Transformation?.ConsecutiveParallelSocietyYears ?? 1).DefaultIfEmpty(1).Max();
        var period = Catalog.RuleSets.SelectMany(r => r.Criteria).Select(c => c.PeriodYears).DefaultIfEmpty(1).Max();
        return new YearRange(dataYear - (Math.Max(consecutive, 1) - 1) - (Math.Max(period, 1) - 1), dataYear);
    }

    public CodeAndName Category(ListCategory category) => CategoryNames[category.ToCode()];

    internal static ListRules From(
        IReadOnlyList<RuleSetRow> sets, IReadOnlyList<CriterionRow> criteria, IReadOnlyList<CategoryRow> categories, IReadOnlyList<CategoryNameRow> names)
    {
        var ruleSets = sets.Select(set => new ListRuleSet(
            set.Code,
            set.ValidFromYear,
            set.ValidToYear,
            set.MinResidents,
            set.ResidentsIndicatorCode,
            set.NonWesternIndicatorCode,
            criteria.Where(c => c.RuleSetCode == set.Code).Select(Criterion).ToList(),
            categories.Where(c => c.RuleSetCode == set.Code && c.ConsecutiveYears is null).Select(Category).ToList(),
            categories.Where(c => c.RuleSetCode == set.Code && c.ConsecutiveYears is not null)
                .Select(c => new TransformationRule(LegalName(c.NameDa), c.ConsecutiveYears!.Value))
                .FirstOrDefault()));

        var categoryNames = names.ToDictionary(n => n.Code, n => new CodeAndName(n.Code, new LocalizedText(n.NameDa, n.NameEn)));
        categoryNames["none"] = new CodeAndName("none", new LocalizedText("Ingen", "None"));
        return new ListRules(
            new ListRuleSetCatalog(ruleSets),
            sets.ToDictionary(s => s.Code, s => new RuleSetResponse(
                s.Code, new LocalizedText(s.NameDa, s.NameEn), s.LegalBasis, s.ValidFromYear, s.ValidToYear, s.MinResidents)),
            categoryNames);
    }

    /// <summary>The basis codes as stored (absolute, national-multiple, regional-share).</summary>
    public static string BasisCode(CriterionKind kind) => kind switch
    {
        CriterionKind.MultipleOfNationalAverage => "national-multiple",
        CriterionKind.ShareOfRegionalAverage => "regional-share",
        _ => "absolute",
    };

    private static ListCriterion Criterion(CriterionRow row)
    {
        var kind = row.Basis switch
        {
            "absolute" => CriterionKind.AbsoluteThreshold,
            "national-multiple" => CriterionKind.MultipleOfNationalAverage,
            "regional-share" => CriterionKind.ShareOfRegionalAverage,
            _ => throw new InvalidOperationException($"Unknown criterion basis '{row.Basis}' in rule set '{row.RuleSetCode}'."),
        };

        // A regional share is stored as a percentage of the regional average (55 = 55%); the analysis takes a factor,
        // scaled in decimal arithmetic so that 57% is 0.57, not 0.5700000000000001.
        double Scaled(double parameter) => kind == CriterionKind.ShareOfRegionalAverage
            ? DerivedPrecision.Product(parameter, 0.01, DerivedPrecision.MaxDecimals)
            : parameter;
        return new ListCriterion(
            row.CriterionCode,
            row.IndicatorCode,
            kind,
            row.Comparison switch
            {
                ">" => ComparisonOperator.GreaterThan,
                ">=" => ComparisonOperator.GreaterOrEqual,
                "<" => ComparisonOperator.LessThan,
                "<=" => ComparisonOperator.LessOrEqual,
                _ => throw new InvalidOperationException($"Unknown comparison '{row.Comparison}' in rule set '{row.RuleSetCode}'."),
            },
            Scaled(row.HigherThreshold),
            row.LowerThreshold is { } lower ? Scaled(lower) : null,
            row.PeriodYears);
    }

    private static ListCategoryRule Category(CategoryRow row) => new(
        row.CategoryCode switch
        {
            "prevention" => ListCategory.Prevention,
            "vulnerable" => ListCategory.Vulnerable,
            "parallel-society" => ListCategory.ParallelSociety,
            _ => throw new InvalidOperationException($"Category '{row.CategoryCode}' of rule set '{row.RuleSetCode}' is not criteria-based."),
        },
        LegalName(row.NameDa),
        row.ThresholdLevel == "lower" ? CriteriaLevel.Lower : CriteriaLevel.Higher,
        row.MinCriteriaMet,
        row.NonWesternThreshold);

    // The law's words are lower case in a sentence ("forebyggelsesområde"); the table holds them as titles.
    private static string LegalName(string nameDa) =>
        nameDa.Length == 0 ? nameDa : char.ToLowerInvariant(nameDa[0]) + nameDa[1..];
}
