using FluentValidation;
using SocialBalance.Api.Features.Common;

namespace SocialBalance.Api.Features.Indicators;

public sealed class IndicatorListQueryValidator : AbstractValidator<IndicatorListQuery>
{
    public IndicatorListQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Theme).MustBeKnownCodes(codes, CodeTable.Theme, "/api/v1/themes");
    }
}
