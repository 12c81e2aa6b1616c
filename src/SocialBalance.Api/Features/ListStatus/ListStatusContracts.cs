using Microsoft.AspNetCore.Mvc;
using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Observations;
using SocialBalance.Api.Features.Areas;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.ListStatus;

/// <summary>The <c>ListStatus</c> configuration section.</summary>
public sealed class ListStatusOptions
{
    public const string Section = "ListStatus";

    /// <summary>An unmet threshold within this share of it puts an area on watch (0.10 = within 10%).</summary>
    public double WatchMargin { get; set; } = 0.10;

    /// <summary>
    /// The list of 1 December of year Y is computed from the figures of year Y − lag (the latest complete year of
    /// register data when the list is drawn up).
    /// </summary>
    public int DataYearLag { get; set; } = 1;

    /// <summary>Used when an area has no country above it in the hierarchy.</summary>
    public string NationalArea { get; set; } = "denmark";

    /// <summary>Used when an area has no region above it in the hierarchy.</summary>
    public string RegionalArea { get; set; } = "region-hovedstaden";
}

/// <summary>The list year to classify for, and optionally the watch margin.</summary>
public sealed record ListStatusQuery(
    [FromQuery(Name = "year"), RequiredQuery, System.ComponentModel.Description(ParameterText.ListYear)] int? Year,
    [FromQuery(Name = "watchMargin")] double? WatchMargin);

/// <summary>A versioned rule set: its names, legal basis and the list years it is valid for.</summary>
public sealed record RuleSetResponse(string Code, LocalizedText Name, string LegalBasis, int ValidFrom, int? ValidTo, int MinimumResidents);

/// <summary>One threshold level of a criterion, and where the value stands against it.</summary>
/// <param name="Parameter">The rule's number: a value (40), a factor on the national average (3) or a share of the regional average (0.55).</param>
/// <param name="Threshold">What the value was compared with: the parameter, or parameter × reference value at the indicator's decimals + 3.</param>
/// <param name="Met">Whether the criterion holds at this level, judged against the threshold shown (exactly 40 is not "&gt; 40").</param>
/// <param name="Margin">Signed distance to the threshold, positive on the side where the criterion is met; exact.</param>
/// <param name="RelativeMargin">margin / |threshold|, at 6 decimals.</param>
/// <param name="Formula">The comparison in words.</param>
public sealed record CriterionLevelResponse(double Parameter, double Threshold, bool Met, double Margin, double? RelativeMargin, string Formula);

/// <summary>
/// A criterion for one area and data year: the values averaged, the reference used, each level. <c>value</c> and
/// <c>referenceValue</c> are averages over the period, at the indicator's decimals + 3.
/// </summary>
public sealed record CriterionResponse(
    string Code,
    string Indicator,
    string Basis,
    string Comparison,
    int PeriodYears,
    IReadOnlyList<YearValue> AreaValues,
    double? Value,
    string? ReferenceArea,
    IReadOnlyList<YearValue> ReferenceValues,
    double? ReferenceValue,
    CriterionLevelResponse? Higher,
    CriterionLevelResponse? Lower,
    IReadOnlyList<MissingFigureResponse> MissingFigures);

/// <summary>A criteria-based category: how many criteria met at its level, the non-Western rule, and the result.</summary>
public sealed record CategoryResultResponse(
    CodeAndName Category,
    CriteriaLevel Level,
    int MinimumCriteriaMet,
    int CriteriaMet,
    IReadOnlyList<string> CriteriaMetCodes,
    int CriteriaWithoutData,
    NonWesternCheck? NonWestern,
    bool? Met);

/// <summary>
/// Where a list year's answer comes from. The figures come first: the stored official list of a year decides only what
/// the figures cannot.
/// </summary>
/// <param name="Source">figures (computed from the figures under the rule set of the year); official-list (the figures cannot decide the year, because figures are missing or no rule set is valid in it, as before the first one, so the ministry's list of that year as stored for the area decides); none (neither decides: insufficient data).</param>
/// <param name="OfficialList">The ministry's list of that year as stored, whichever source decided: the area's entry, or category none when the stored list of that year does not name the area (a stored list is taken as the whole list of its year); null when no list of that year is stored.</param>
/// <param name="Explanation">What decided the year, or what is missing, in words.</param>
public sealed record ListBasisResponse(ListBasis Source, OfficialListEntry? OfficialList, string Explanation);

/// <summary>One list year of the transformation rule, judged by the rule set of that year, or by the stored list of that year where the figures cannot.</summary>
/// <param name="ListYear">The list year.</param>
/// <param name="DataYear">The year of its figures (list year − lag).</param>
/// <param name="RuleSet">The rule set valid in that list year, or null when none is.</param>
/// <param name="ParallelSociety">Whether the area was a parallel society that year; null when neither figures nor a stored list decide it.</param>
/// <param name="Basis">Where the answer for that year comes from.</param>
public sealed record TransformationYearResponse(int ListYear, int DataYear, string? RuleSet, bool? ParallelSociety, ListBasisResponse Basis);

/// <summary>Transformation area: a parallel society in each of the last <c>requiredYears</c> list years.</summary>
public sealed record TransformationResponse(
    string Name, int RequiredYears, int ConsecutiveYears, IReadOnlyList<TransformationYearResponse> Years, bool? Met);

/// <summary>An area's status under the ministry's list rules for one list year, with all the evidence.</summary>
/// <param name="Area">The housing area.</param>
/// <param name="ListYear">The list (1 December) asked for.</param>
/// <param name="DataYear">The year of the latest figures used (list year − lag).</param>
/// <param name="RuleSet">The rule set valid in the list year, or null when none is (then only a stored official list of the year decides).</param>
/// <param name="Outcome">classified; insufficient-data (neither the figures nor a stored official list of the year decide: a missing figure leaves a more severe category open, or no rule set is valid in the year and no list of it is stored; `basis` says what is missing); or below-minimum-residents.</param>
/// <param name="Category">The most severe category met, or none.</param>
/// <param name="Basis">Where the answer for the list year comes from: the figures, or, where they cannot decide, the stored official list of that year.</param>
/// <param name="DefinitionsMet">Every definition met (they overlap: a parallel society is also a vulnerable area).</param>
/// <param name="DefinitionsUndetermined">Definitions left open by missing figures that no stored list of the year settles.</param>
/// <param name="Residents">The minimum-residents check.</param>
/// <param name="Criteria">Each criterion with its values, thresholds, and margins.</param>
/// <param name="Categories">Each criteria-based category of the rule set.</param>
/// <param name="Transformation">The run of parallel-society years, when the rule set has a transformation rule.</param>
/// <param name="Watch">Early warning: one criterion short of a category, or within the margin of a threshold.</param>
/// <param name="MissingFigures">Figures the classification needed but did not find.</param>
/// <param name="OfficialListHistory">The ministry's official lists that named the area.</param>
public sealed record ListStatusResponse(
    CodeAndName Area,
    int ListYear,
    int DataYear,
    RuleSetResponse? RuleSet,
    ListOutcome Outcome,
    CodeAndName Category,
    ListBasisResponse Basis,
    IReadOnlyList<ListCategory> DefinitionsMet,
    IReadOnlyList<ListCategory> DefinitionsUndetermined,
    ResidentsCheck? Residents,
    IReadOnlyList<CriterionResponse> Criteria,
    IReadOnlyList<CategoryResultResponse> Categories,
    TransformationResponse? Transformation,
    WatchResult Watch,
    IReadOnlyList<MissingFigureResponse> MissingFigures,
    IReadOnlyList<OfficialListEntry> OfficialListHistory);

/// <summary>Every housing area's list status for one list year.</summary>
public sealed record ListStatusOverviewResponse(
    int ListYear, int DataYear, double WatchMargin, int AreasOnWatch, IReadOnlyList<ListStatusResponse> Areas);

/// <summary>One CSV row of the national list: an area's status without the evidence.</summary>
public sealed record ListStatusCsvRow(
    CodeAndName Area,
    int ListYear,
    int DataYear,
    string? RuleSet,
    ListOutcome Outcome,
    CodeAndName Category,
    IReadOnlyList<ListCategory> DefinitionsMet,
    WatchResult Watch,
    int MissingFigures,
    OfficialListEntry? LatestOfficialList,
    ListBasis Basis);

/// <summary>One CSV row of an area's list status: one criterion.</summary>
public sealed record ListCriterionCsvRow(ListStatusResponse Status, CriterionResponse Criterion);
