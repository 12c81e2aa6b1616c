using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Areas;

public sealed class AreaListQueryValidator : AbstractValidator<AreaListQuery>
{
    public AreaListQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Kind).MustBeKnownCodes(codes, CodeTable.AreaKind, "the kinds of /api/v1/areas");
        RuleFor(q => q.Parent).MustBeKnownCodes(codes, CodeTable.Area, "/api/v1/areas");
    }
}
