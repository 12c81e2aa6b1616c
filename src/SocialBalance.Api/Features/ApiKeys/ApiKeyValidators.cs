using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;
using SocialBalance.Api.Infrastructure.Auth;

namespace SocialBalance.Api.Features.ApiKeys;

public sealed class CreateApiKeyRequestValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyRequestValidator(ReferenceCodeQueries codes)
    {
        RuleFor(r => r.Organisation).NotEmpty().MustBeKnownCodes(codes, CodeTable.Organisation, "/api/v1/organisations");
        RuleFor(r => r.Role).NotEmpty().Must(role => Roles.All.Contains(role))
            .WithMessage($"'role' must be one of: {string.Join(", ", Roles.All)}.");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200).MustBeCleanText();
    }
}
