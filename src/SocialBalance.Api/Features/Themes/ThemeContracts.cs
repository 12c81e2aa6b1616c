using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Themes;

/// <summary>One of the nine themes, with the effect goal it serves.</summary>
public sealed record ThemeSummary(string Code, LocalizedText Name, CodeAndName EffectGoal);

/// <summary>An indicator as listed under its theme.</summary>
public sealed record ThemeIndicator(string Code, LocalizedText Name, string Unit, [ClosedVocabulary(typeof(SocialBalance.Analysis.Direction))] string Direction);

/// <summary>One theme with its effect goal and the indicators that measure it.</summary>
public sealed record ThemeResponse(string Code, LocalizedText Name, CodeAndName EffectGoal, IReadOnlyList<ThemeIndicator> Indicators);

/// <summary>Filters of the theme list.</summary>
/// <param name="EffectGoal">Only the themes of this effect goal (a code from /api/v1/effect-goals).</param>
public sealed record ThemeListQuery([FromQuery(Name = "effectGoal")] string? EffectGoal);

internal sealed class ThemeRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string EffectGoalCode { get; init; } = "";
    public string EffectGoalNameDa { get; init; } = "";
    public string EffectGoalNameEn { get; init; } = "";

    public ThemeSummary ToSummary() => new(
        Code,
        new LocalizedText(NameDa, NameEn),
        new CodeAndName(EffectGoalCode, new LocalizedText(EffectGoalNameDa, EffectGoalNameEn)));
}

internal sealed class ThemeIndicatorRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Direction { get; init; } = "";
}
