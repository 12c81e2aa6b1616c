using FluentValidation;
using SocialBalance.Api.Features.Common;

namespace SocialBalance.Api.Features.Ambition;

public sealed class AmbitionQueryValidator : AbstractValidator<AmbitionQuery>
{
    public AmbitionQueryValidator()
    {
        RuleFor(q => q.Baseline).MustBeAYear();
        RuleFor(q => q.Year).MustBeAYear();
        RuleFor(q => q.Baseline)
            .Must((q, _) => q.Year is null || q.BaselineOrDefault < q.Year)
            .WithMessage(q => $"The baseline year ({q.BaselineOrDefault}) must come before 'year' ({q.Year}).");
    }
}
