using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Indicators;

public sealed class IndicatorListQueryValidator : AbstractValidator<IndicatorListQuery>
{
    public IndicatorListQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Theme).MustBeKnownCodes(codes, CodeTable.Theme, "/api/v1/themes");
    }
}
