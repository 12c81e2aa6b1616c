using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Imports;

public sealed class ImportListQueryValidator : AbstractValidator<ImportListQuery>
{
    public ImportListQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Organisation).MustBeKnownCodes(codes, CodeTable.Organisation, "/api/v1/organisations");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, ImportListQuery.MaxPageSize);
    }
}
