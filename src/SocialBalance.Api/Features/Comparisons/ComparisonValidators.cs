using FluentValidation;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Comparisons;

/// <summary>Rules every comparison shares: known reference and areas, and the compared years.</summary>
public static class ComparisonScopeRules
{
    public static void AddScopeRules<T>(this AbstractValidator<T> validator, ReferenceCodeQueries codes, AnalysisInputQueries inputs)
        where T : IComparisonScope
    {
        validator.RuleFor(q => q.Reference)
            .MustBeOneCode()
            .MustBeKnownCodes(codes, CodeTable.Area, "/api/v1/areas");
        validator.RuleFor(q => q.Areas)
            .MustBeKnownCodes(codes, CodeTable.Area, "/api/v1/areas")
            .Must((q, areas) => !CodeList.Parse(areas).Contains(q.ReferenceOrDefault))
            .WithMessage(q => $"'{q.ReferenceOrDefault}' is the reference area; compare it with other areas.");
        validator.AddComparedYearRules(inputs);
    }
}

public sealed class ComparisonQueryValidator : AbstractValidator<ComparisonQuery>
{
    public ComparisonQueryValidator(ReferenceCodeQueries codes, AnalysisInputQueries inputs)
    {
        RuleFor(q => q.Indicator).MustBeKnownCodes(codes, CodeTable.Indicator, "/api/v1/indicators");
        this.AddScopeRules(codes, inputs);
    }
}

public sealed class ThemeComparisonQueryValidator : AbstractValidator<ThemeComparisonQuery>
{
    public ThemeComparisonQueryValidator(ReferenceCodeQueries codes, AnalysisInputQueries inputs)
    {
        RuleFor(q => q.Theme).MustBeKnownCodes(codes, CodeTable.Theme, "/api/v1/themes");
        this.AddScopeRules(codes, inputs);
    }
}
