namespace SocialBalance.Api.Tests.Features.StatusPage;

/// <summary>The words the status page must give each verdict code, in Danish and English: what a reader sees.</summary>
public static class StatusPageWords
{
    private static readonly Dictionary<(string Lang, string Code), string> Words = new()
    {
        [("da", "met")] = "Opfyldt",
        [("da", "not-met")] = "Ikke opfyldt",
        [("da", "insufficient-data")] = "Utilstrækkelige data",
        [("da", "improving")] = "Forbedres",
        [("da", "not-improving")] = "Forbedres ikke",
        [("da", "gap-narrowing")] = "Afstanden mindskes",
        [("da", "gap-not-narrowing")] = "Afstanden mindskes ikke",
        [("en", "met")] = "Met",
        [("en", "not-met")] = "Not met",
        [("en", "insufficient-data")] = "Insufficient data",
        [("en", "improving")] = "Improving",
        [("en", "not-improving")] = "Not improving",
        [("en", "gap-narrowing")] = "Gap narrowing",
        [("en", "gap-not-narrowing")] = "Gap not narrowing",
    };

    /// <summary>The words for an outcome (met, not-met, insufficient-data) or a theme verdict (improving, gap-narrowing, …).</summary>
    public static string For(string lang, string code) =>
        Words.TryGetValue((lang, code), out var words) ? words : throw new ArgumentException($"No words for '{code}' in {lang}.", nameof(code));
}
