using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SocialBalance.Analysis.Themes;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Comparisons;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Ambition;

/// <summary>The years to judge the ambition over.</summary>
public sealed record AmbitionQuery(
    [FromQuery(Name = "baseline")] int? Baseline,
    [FromQuery(Name = "year"), Description(ParameterText.Compared)] int? Year) : IComparedYears
{
    public int BaselineOrDefault => Baseline ?? IComparedYears.DefaultBaseline;
}

/// <summary>One area's verdict over the themes, with each theme's verdict and evidence.</summary>
/// <param name="Area">The area judged.</param>
/// <param name="Criterion">improving (part a, the municipality) or gap-narrowing (part b, each Social Balance area).</param>
/// <param name="Outcome">met, not-met or insufficient-data.</param>
/// <param name="ThemesFailing">Themes whose verdict is not met.</param>
/// <param name="ThemesLackingData">Themes without the figures for a verdict.</param>
/// <param name="Themes">Each theme's verdict with its indicators.</param>
public sealed record AreaVerdictResponse(
    CodeAndName Area,
    VerdictCriterion Criterion,
    VerdictOutcome Outcome,
    IReadOnlyList<string> ThemesFailing,
    IReadOnlyList<string> ThemesLackingData,
    IReadOnlyList<ThemeVerdictResponse> Themes);

/// <summary>A theme's verdict in short: code, outcome and the word for it.</summary>
public sealed record ThemeOutcomeResponse(
    string Theme, VerdictOutcome Outcome, [ClosedVocabulary(typeof(VerdictCodes), "ThemeVerdictLabel", nameof(VerdictCodes.Labels))] string Verdict);

/// <summary>An area's verdict over an effect goal's themes only.</summary>
public sealed record AreaOutcomeResponse(
    string Area, VerdictCriterion Criterion, VerdictOutcome Outcome, IReadOnlyList<ThemeOutcomeResponse> Themes);

/// <summary>An effect goal judged on its own themes, by the same rules as the whole ambition.</summary>
public sealed record EffectGoalVerdictResponse(
    CodeAndName EffectGoal,
    IReadOnlyList<CodeAndName> Themes,
    VerdictOutcome Outcome,
    AreaOutcomeResponse Improvement,
    IReadOnlyList<AreaOutcomeResponse> GapsShrink);

/// <summary>
/// The City Council's ambition for 2030: (a) the municipality improves on every theme, and (b) the gap of each
/// Social Balance area to the municipality shrinks.
/// </summary>
/// <param name="Ambition">The council's words.</param>
/// <param name="BaselineYear">The year the ambition is measured from.</param>
/// <param name="Year">The latest year asked for; null = each comparison's latest year with the figures it needs.</param>
/// <param name="Reference">The municipality.</param>
/// <param name="Outcome">met, not-met or insufficient-data.</param>
/// <param name="Improvement">Part (a): the municipality on every theme.</param>
/// <param name="GapsShrink">Part (b): each Social Balance area's gap over the themes.</param>
/// <param name="EffectGoals">The three effect goals with their themes' verdicts.</param>
/// <param name="Reasons">What fails or lacks data, in words.</param>
public sealed record AmbitionResponse(
    LocalizedText Ambition,
    int BaselineYear,
    int? Year,
    CodeAndName Reference,
    VerdictOutcome Outcome,
    AreaVerdictResponse Improvement,
    IReadOnlyList<AreaVerdictResponse> GapsShrink,
    IReadOnlyList<EffectGoalVerdictResponse> EffectGoals,
    IReadOnlyList<string> Reasons);

/// <summary>One CSV row: a theme's verdict for one area in one part of the ambition.</summary>
public sealed record AmbitionCsvRow(string Part, string Outcome, ThemeVerdictResponse Theme, string EffectGoal);
