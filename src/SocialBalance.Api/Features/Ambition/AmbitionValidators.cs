using FluentValidation;
using SocialBalance.Api.Features.Calculations;

namespace SocialBalance.Api.Features.Ambition;

public sealed class AmbitionQueryValidator : AbstractValidator<AmbitionQuery>
{
    public AmbitionQueryValidator(AnalysisInputQueries inputs) => this.AddComparedYearRules(inputs);
}
