using FluentValidation;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Observations.Writes;

public sealed class BatchOptionsValidator : AbstractValidator<BatchOptions>
{
    public BatchOptionsValidator()
    {
        RuleFor(o => o.Mode)
            .Must(mode => mode is null or BatchOptions.UpsertMode or BatchOptions.CreateOnlyMode)
            .WithMessage($"'mode' must be {BatchOptions.UpsertMode} (the default) or {BatchOptions.CreateOnlyMode}.");
    }
}

public sealed class ObservationKeyQueryValidator : AbstractValidator<ObservationKeyQuery>
{
    public ObservationKeyQueryValidator()
    {
        RuleFor(q => q.Indicator).MustBeACode();
        RuleFor(q => q.Area).MustBeACode();
        RuleFor(q => q.Year).NotNull().InclusiveBetween(YearLimits.QueryMin, YearLimits.QueryMax);
    }
}
