namespace SocialBalance.Api.Features.Catalogue;

/// <summary>Comma-separated codes in a query parameter, e.g. <c>area=gladsaxe,vaerebro-park</c>.</summary>
public static class CodeList
{
    public const int MaxCodes = 100;

    public static IReadOnlyList<string> Parse(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',').Select(code => code.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
