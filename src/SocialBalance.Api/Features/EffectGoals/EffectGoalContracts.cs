using SocialBalance.Api.Features.Catalogue;


namespace SocialBalance.Api.Features.EffectGoals;

/// <summary>One of the City Council's three effect goals, with the themes that serve it.</summary>
public sealed record EffectGoalResponse(string Code, LocalizedText Name, IReadOnlyList<CodeAndName> Themes);

internal sealed class EffectGoalRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
}

internal sealed class GoalThemeRow
{
    public string EffectGoalCode { get; init; } = "";
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
}
