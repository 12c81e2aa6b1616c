using FluentValidation;
using SocialBalance.Api.Features.Common;

namespace SocialBalance.Api.Features.Comparisons;

/// <summary>Rules every comparison shares: known reference and areas, years in range, baseline before year.</summary>
public static class ComparisonScopeRules
{
    public static void AddScopeRules<T>(this AbstractValidator<T> validator, ReferenceCodeQueries codes)
        where T : IComparisonScope
    {
        validator.RuleFor(q => q.Reference)
            .MustBeOneCode()
            .MustBeKnownCodes(codes, CodeTable.Area, "/api/v1/areas");
        validator.RuleFor(q => q.Areas)
            .MustBeKnownCodes(codes, CodeTable.Area, "/api/v1/areas")
            .Must((q, areas) => !CodeList.Parse(areas).Contains(q.ReferenceOrDefault))
            .WithMessage(q => $"'{q.ReferenceOrDefault}' is the reference area; compare it with other areas.");
        validator.RuleFor(q => q.Baseline).MustBeAYear();
        validator.RuleFor(q => q.Year).MustBeAYear();
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

public sealed class ComparisonQueryValidator : AbstractValidator<ComparisonQuery>
{
    public ComparisonQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Indicator).MustBeKnownCodes(codes, CodeTable.Indicator, "/api/v1/indicators");
        this.AddScopeRules(codes);
    }
}

public sealed class ThemeComparisonQueryValidator : AbstractValidator<ThemeComparisonQuery>
{
    public ThemeComparisonQueryValidator(ReferenceCodeQueries codes)
    {
        RuleFor(q => q.Theme).MustBeKnownCodes(codes, CodeTable.Theme, "/api/v1/themes");
        this.AddScopeRules(codes);
    }
}
