using FluentValidation;

namespace SocialBalance.Api.Features.Common;

/// <summary>Rules for parameters that take exactly one code, and for baseline/year pairs.</summary>
public static class SingleCodeValidation
{
    public static IRuleBuilderOptions<T, string?> MustBeOneCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || CodeList.Parse(value).Count == 1)
            .WithMessage("Give exactly one code here, not a list.");

    /// <summary>A year within the range figures can have.</summary>
    public static IRuleBuilderOptions<T, int?> MustBeAYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(Observations.ObservationListQuery.MinYear, Observations.ObservationListQuery.MaxYear);
}
