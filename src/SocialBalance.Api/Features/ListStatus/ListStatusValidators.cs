using FluentValidation;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.ListStatus;

public sealed class ListStatusQueryValidator : AbstractValidator<ListStatusQuery>
{
    public ListStatusQueryValidator()
    {
        RuleFor(q => q.Year)
            .NotNull().WithMessage("Give the list year, e.g. year=2024 for the list of 1 December 2024.")
            .MustBeAYear();
        RuleFor(q => q.WatchMargin).InclusiveBetween(0, 1)
            .WithMessage("'watchMargin' is a share of the threshold between 0 and 1 (0.10 = within 10%).");
    }
}
