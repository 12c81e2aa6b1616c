using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Progress;

public sealed class ProgressQueryValidator : AbstractValidator<ProgressQuery>
{
    public ProgressQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Indicator)
            .NotEmpty().WithMessage("Give the indicator to measure, e.g. indicator=feel-safe.")
            .MustBeOneCode()
            .MustBeKnownCodes(codes, CodeTable.Indicator, "/api/v1/indicators");
        RuleFor(q => q.Area).MustBeKnownCodes(codes, CodeTable.Area, "/api/v1/areas");
        RuleFor(q => q.Baseline).MustBeAYear();
    }
}
