using FluentValidation;
using SocialBalance.Api.Features.Common;

namespace SocialBalance.Api.Features.Ambition;

public sealed class AmbitionQueryValidator : AbstractValidator<AmbitionQuery>
{
    public AmbitionQueryValidator()
    {
        RuleFor(q => q.Baseline).MustBeAYear();
        RuleFor(q => q.Year).MustBeAYear();
        // The error names the parameter that was sent: with the default baseline, a too-early 'year' is at fault.
        RuleFor(q => q.Baseline)
            .Must((q, _) => q.Year is null || q.BaselineOrDefault < q.Year)
            .When(q => q.Baseline is not null)
            .WithMessage(q => $"The baseline year ({q.BaselineOrDefault}) must come before 'year' ({q.Year}).");
        RuleFor(q => q.Year)
            .Must((q, _) => q.Year is null || q.BaselineOrDefault < q.Year)
            .When(q => q.Baseline is null)
            .WithMessage(q => $"'year' ({q.Year}) must come after the baseline year ({q.BaselineOrDefault}, the default).");
    }
}
