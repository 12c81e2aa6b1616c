using System.Globalization;

namespace SocialBalance.Api.Infrastructure.Http.Errors;

/// <summary>
/// How a problem quotes what the caller sent: at most a short prefix, so a 10 MB field in a 60 MB upload answers
/// in kilobytes (and an answer never carries back more of a hostile value than is needed to find it).
/// </summary>
public static class Echo
{
    public const int MaxQuotedCharacters = 40;

    public static string Clip(string? text)
    {
        if (text is null || text.Length <= MaxQuotedCharacters)
        {
            return text ?? string.Empty;
        }

        // Never cut between the two halves of a surrogate pair.
        var length = char.IsHighSurrogate(text[MaxQuotedCharacters - 1]) ? MaxQuotedCharacters - 1 : MaxQuotedCharacters;
        return string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, length)}… ({text.Length:N0} characters)");
    }
}
