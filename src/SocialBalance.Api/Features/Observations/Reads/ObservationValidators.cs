using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Observations.Reads;

public sealed class ObservationListQueryValidator : AbstractValidator<ObservationListQuery>
{
    public ObservationListQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Indicator).MustBeKnownCodes(codes, CodeTable.Indicator, "/api/v1/indicators");
        RuleFor(q => q.Area).MustBeKnownCodes(codes, CodeTable.Area, "/api/v1/areas");
        RuleFor(q => q.From).InclusiveBetween(ObservationListQuery.MinYear, ObservationListQuery.MaxYear);
        RuleFor(q => q.To)
            .InclusiveBetween(ObservationListQuery.MinYear, ObservationListQuery.MaxYear)
            .GreaterThanOrEqualTo(q => q.From)
            .When(q => q.From is not null)
            .WithMessage("'to' ({PropertyValue}) must not be before 'from' ({ComparisonValue}).");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, ObservationListQuery.MaxPageSize);
        RuleFor(q => q.UpdatedSince).Null().When(q => q.AsOf is not null)
            .WithMessage("Give either 'asOf' or 'updatedSince', not both.");
    }
}
