using FluentValidation;
using FluentValidation.Validators;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.InputRules;

/// <summary>
/// A text in Danish and English: both given, each at most <see cref="MaxLength"/> characters, no control characters;
/// null only where not <paramref name="required"/>. A validator of its own (not a Custom rule) so its limit can be read.
/// </summary>
public sealed class LocalizedTextValidator<T>(int maxLength, bool required) : PropertyValidator<T, LocalizedText?>, ITextLengthLimit
{
    private const string Reason = "Reason";

    public override string Name => "LocalizedTextValidator";

    public int MaxLength => maxLength;

    public override bool IsValid(ValidationContext<T> context, LocalizedText? value)
    {
        var reason = value switch
        {
            null => required ? "Give the text in Danish (da) and English (en)." : null,
            _ when string.IsNullOrWhiteSpace(value.Da) || string.IsNullOrWhiteSpace(value.En) => "Both 'da' and 'en' are required.",
            _ when value.Da.Length > maxLength || value.En.Length > maxLength => $"At most {maxLength} characters in each language.",
            _ when CleanInput.HasControlCharacters(value.Da) || CleanInput.HasControlCharacters(value.En) => CleanInput.ControlCharacterMessage,
            _ => null,
        };
        if (reason is null)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument(Reason, reason);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "{" + Reason + "}";
}
