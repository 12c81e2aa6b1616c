using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Areas;

public sealed class AreaCreateRequestValidator : AbstractValidator<AreaCreateRequest>
{
    public AreaCreateRequestValidator(ReferenceCodeQueries codes)
    {
        RuleFor(r => r.Code).MustBeNewCode();
        RuleFor(r => r.Name).MustBeNames(200);
        RuleFor(r => r.Note).MustBeNames(1000, required: false);
        RuleFor(r => r.Kind).NotEmpty().MustBeKnownCode(codes, CodeTable.AreaKind, "/api/v1/areas");
        RuleFor(r => r.Parent).MustBeKnownCode(codes, CodeTable.Area, "/api/v1/areas");
        RuleFor(r => r.SortOrder).GreaterThanOrEqualTo(0);
    }
}

public sealed class AreaUpdateRequestValidator : AbstractValidator<AreaUpdateRequest>
{
    public AreaUpdateRequestValidator(ReferenceCodeQueries codes)
    {
        RuleFor(r => r.Name).MustBeNames(200);
        RuleFor(r => r.Note).MustBeNames(1000, required: false);
        RuleFor(r => r.Kind).NotEmpty().MustBeKnownCode(codes, CodeTable.AreaKind, "/api/v1/areas");
        RuleFor(r => r.Parent).MustBeKnownCode(codes, CodeTable.Area, "/api/v1/areas");
        RuleFor(r => r.SortOrder).GreaterThanOrEqualTo(0);
    }
}
