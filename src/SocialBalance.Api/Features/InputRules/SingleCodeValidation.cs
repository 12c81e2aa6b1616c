using FluentValidation;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.InputRules;

/// <summary>Rules for parameters that take exactly one code, and for baseline/year pairs.</summary>
public static class SingleCodeValidation
{
    /// <summary>A value given, and in the form of a code (see <see cref="PublicCode"/>); one message, not two, when empty.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeACode<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().Must(PublicCode.IsValid).WithMessage(PublicCode.FormMessage);

    public static IRuleBuilderOptions<T, string?> MustBeOneCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || CodeList.Parse(value).Count == 1)
            .WithMessage("Give exactly one code here, not a list.");

    /// <summary>A year within the range figures can have.</summary>
    public static IRuleBuilderOptions<T, int?> MustBeAYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(YearLimits.QueryMin, YearLimits.QueryMax);
}
