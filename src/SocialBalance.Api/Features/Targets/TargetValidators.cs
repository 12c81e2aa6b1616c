using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Targets;

public sealed class TargetListQueryValidator : AbstractValidator<TargetListQuery>
{
    public TargetListQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Indicator).MustBeKnownCodes(codes, CodeTable.Indicator, "/api/v1/indicators");
        RuleFor(q => q.Area).MustBeKnownCodes(codes, CodeTable.Area, "/api/v1/areas");
    }
}
