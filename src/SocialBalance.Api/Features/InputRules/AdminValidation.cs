using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.InputRules;

/// <summary>Rules the administration endpoints share.</summary>
public static class AdminValidation
{
    public const int MaxCodeLength = PublicCode.MaxLength;

    /// <summary>A public code: lower-case ASCII letters and digits in hyphen-separated words, e.g. <c>vaerebro-park</c>.</summary>
    public static IRuleBuilderOptions<T, string> MustBeNewCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxCodeLength).Matches(PublicCode.Pattern).WithMessage(PublicCode.FormMessage);

    public static void MustBeNames<T>(this IRuleBuilder<T, LocalizedText?> rule, int maxLength, bool required = true) =>
        rule.SetValidator(new LocalizedTextValidator<T>(maxLength, required));

    /// <summary>One code that must exist in <paramref name="table"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> MustBeKnownCode<T>(
        this IRuleBuilder<T, string?> rule, ReferenceCodeQueries codes, CodeTable table, string listPath) =>
        rule.CustomAsync(async (value, context, ct) =>
        {
            if (value is null)
            {
                return;
            }

            if ((await codes.FindUnknownAsync(table, [value], ct)).Count > 0)
            {
                context.AddFailure($"Unknown code '{Echo.Clip(value)}'. The valid codes are listed at {listPath}.");
            }
        });
}
