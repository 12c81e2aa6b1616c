using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Indicators;

public sealed class IndicatorContentValidator : AbstractValidator<IndicatorContent>
{
    private static readonly string[] Directions = ["higher-is-better", "lower-is-better", "neutral"];

    public IndicatorContentValidator(ReferenceCodeQueries codes)
    {
        RuleFor(c => c.Name).MustBeNames(200);
        RuleFor(c => c.Definition).MustBeNames(1000);
        RuleFor(c => c.Theme).NotEmpty().MustBeKnownCode(codes, CodeTable.Theme, "/api/v1/themes");
        RuleFor(c => c.Unit).NotEmpty().MaximumLength(32).MustBeCleanText();
        RuleFor(c => c.Direction).Must(d => Directions.Contains(d)).WithMessage($"'direction' must be one of: {string.Join(", ", Directions)}.");
        RuleFor(c => c.Decimals).InclusiveBetween(0, 6);
        RuleFor(c => c.MaxValue).GreaterThanOrEqualTo(c => c.MinValue).When(c => c.MinValue is not null && c.MaxValue is not null);
        RuleFor(c => c.Source).NotEmpty().MaximumLength(400).MustBeCleanText();
        RuleFor(c => c.Supplier).Must(s => IndicatorSuppliers.All.Contains(s)).WithMessage($"'supplier' must be one of: {string.Join(", ", IndicatorSuppliers.All)}.");
        RuleFor(c => c.SortOrder).GreaterThanOrEqualTo(0);
    }
}

public sealed class IndicatorCreateRequestValidator : AbstractValidator<IndicatorCreateRequest>
{
    public IndicatorCreateRequestValidator(ReferenceCodeQueries codes)
    {
        RuleFor(r => r.Code).MustBeNewCode();
        RuleFor(r => r.Content).NotNull().SetValidator(new IndicatorContentValidator(codes));
    }
}
