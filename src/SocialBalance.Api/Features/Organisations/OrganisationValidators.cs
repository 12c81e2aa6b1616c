using FluentValidation;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Organisations;

internal static class OrganisationKinds
{
    public static readonly string[] All = ["municipality", "housing-organisation"];
}

public sealed class OrganisationCreateRequestValidator : AbstractValidator<OrganisationCreateRequest>
{
    public OrganisationCreateRequestValidator()
    {
        RuleFor(r => r.Code).MustBeNewCode();
        RuleFor(r => r.Name).MustBeNames(200);
        RuleFor(r => r.Kind).Must(k => OrganisationKinds.All.Contains(k)).WithMessage("'kind' must be municipality or housing-organisation.");
    }
}

public sealed class OrganisationUpdateRequestValidator : AbstractValidator<OrganisationUpdateRequest>
{
    public OrganisationUpdateRequestValidator()
    {
        RuleFor(r => r.Name).MustBeNames(200);
        RuleFor(r => r.Kind).Must(k => OrganisationKinds.All.Contains(k)).WithMessage("'kind' must be municipality or housing-organisation.");
    }
}
