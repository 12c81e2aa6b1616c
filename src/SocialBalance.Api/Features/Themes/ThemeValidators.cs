using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Themes;

public sealed class ThemeListQueryValidator : AbstractValidator<ThemeListQuery>
{
    public ThemeListQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.EffectGoal)
            .MustBeKnownCodes(codes, CodeTable.EffectGoal, "/api/v1/effect-goals");
    }
}
