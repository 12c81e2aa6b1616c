using FluentValidation;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Calculations;

/// <summary>The two years a comparison or the ambition runs over: a baseline (default 2020) and an optional latest year.</summary>
public interface IComparedYears
{
    public const int DefaultBaseline = 2020;

    int? Baseline { get; }

    int? Year { get; }

    int BaselineOrDefault => Baseline ?? DefaultBaseline;
}

/// <summary>
/// Years in range, the baseline before the year, and no year after the latest figure: a verdict over years with
/// no figures would be an empty "insufficient data" that looks like an answer, so it is a 400 naming the latest year.
/// </summary>
public static class ComparedYearRules
{
    public static void AddComparedYearRules<T>(this AbstractValidator<T> validator, AnalysisInputQueries inputs)
        where T : IComparedYears
    {
        validator.RuleFor(q => q.Baseline).MustBeAYear();
        validator.RuleFor(q => q.Year).Cascade(CascadeMode.Stop).MustBeAYear().CustomAsync(async (year, context, ct) =>
        {
            if (year is null)
            {
                return;
            }

            var latest = await inputs.LatestYearAsync(ct);
            if (latest is null)
            {
                context.AddFailure("There are no figures yet, so no year to compare; leave 'year' out.");
            }
            else if (year > latest)
            {
                context.AddFailure($"'year' ({year}) is after the latest year with figures ({latest}): ask for {latest} or earlier, or leave 'year' out for the latest.");
            }
        });

        // The error names the parameter that was sent: with the default baseline, a too-early 'year' is at fault.
        validator.RuleFor(q => q.Baseline)
            .Must((q, _) => q.Year is null || q.BaselineOrDefault < q.Year)
            .When(q => q.Baseline is not null)
            .WithMessage(q => $"The baseline year ({q.BaselineOrDefault}) must come before 'year' ({q.Year}).");
        validator.RuleFor(q => q.Year)
            .Must((q, _) => q.Year is null || q.BaselineOrDefault < q.Year)
            .When(q => q.Baseline is null)
            .WithMessage(q => $"'year' ({q.Year}) must come after the baseline year ({q.BaselineOrDefault}, the default).");
    }
}
