using System.Globalization;
using FluentValidation;

namespace SocialBalance.Api.Features.InputRules;

/// <summary>What stored text and figures may hold, checked the same way on every write.</summary>
public static class CleanInput
{
    public const string ControlCharacterMessage =
        "Control characters (such as NUL or escape) are not allowed; tab and line breaks are.";

    /// <summary>
    /// A control character other than tab and line breaks: invisible, and NUL ends a string in C clients and breaks
    /// exports, so it is refused rather than stored.
    /// </summary>
    public static bool HasControlCharacters(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary>
    /// The decimals of a number as it reads: its shortest round-trip text, so 12.3 has one (although its double is
    /// not exactly 12.3) and 81.50000000000001 has fourteen. A double from 2^53 up is a whole number.
    /// </summary>
    public static int DecimalsOf(double value) =>
        Math.Abs(value) >= 9007199254740992d
            ? 0
            : decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture).Scale;

    public static IRuleBuilderOptions<T, string?> MustBeCleanText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => !HasControlCharacters(text)).WithMessage(ControlCharacterMessage);
}
