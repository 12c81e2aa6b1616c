using FluentValidation;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Comparisons;
using SocialBalance.Api.Features.InputRules;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.Charts;

/// <summary>The rules every chart shares: a language it speaks, and a size it can be drawn at.</summary>
public static class ChartOptionRules
{
    public static void AddChartOptionRules<T>(this AbstractValidator<T> validator)
        where T : IChartOptions
    {
        validator.RuleFor(q => q.Lang)
            .Must(lang => lang is null || ChartLanguages.All.Contains(lang, StringComparer.Ordinal))
            .WithMessage(q => $"'{Echo.Clip(q.Lang ?? "")}' is not a language of the charts: give da (Danish, the default) or en (English).");
        validator.RuleFor(q => q.Width).InclusiveBetween(IChartOptions.MinWidth, IChartOptions.MaxWidth);
        validator.RuleFor(q => q.Height).InclusiveBetween(IChartOptions.MinHeight, IChartOptions.MaxHeight);
    }

    /// <summary>Known areas, and no more than the palette has distinct colours and marker shapes for.</summary>
    public static void AddChartScopeRules<T>(this AbstractValidator<T> validator, ReferenceCodeQueries codes, AnalysisInputQueries inputs)
        where T : IComparisonScope
    {
        validator.AddScopeRules(codes, inputs);
        validator.RuleFor(q => q.Areas)
            .Must(areas => CodeList.Parse(areas).Count <= ChartPalette.MaxAreas)
            .WithMessage(q => $"A chart shows at most {ChartPalette.MaxAreas} areas beside the reference, each in a colour and marker of its own; {CodeList.Parse(q.Areas).Count} were given.");
    }
}

public sealed class IndicatorChartQueryValidator : AbstractValidator<IndicatorChartQuery>
{
    public IndicatorChartQueryValidator(ReferenceCodeQueries codes, AnalysisInputQueries inputs)
    {
        this.AddChartScopeRules(codes, inputs);
        this.AddChartOptionRules();
    }
}

public sealed class GapChartQueryValidator : AbstractValidator<GapChartQuery>
{
    public GapChartQueryValidator(ReferenceCodeQueries codes, AnalysisInputQueries inputs)
    {
        RuleFor(q => q.Indicator)
            .NotEmpty().WithMessage("Give the indicator whose gaps to draw, e.g. indicator=feel-safe.")
            .MustBeOneCode()
            .MustBeKnownCodes(codes, CodeTable.Indicator, "/api/v1/indicators");
        this.AddChartScopeRules(codes, inputs);
        this.AddChartOptionRules();
    }
}

public sealed class ThemeChartQueryValidator : AbstractValidator<ThemeChartQuery>
{
    public ThemeChartQueryValidator(AnalysisInputQueries inputs)
    {
        this.AddComparedYearRules(inputs);
        this.AddChartOptionRules();
    }
}
