using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Indicators;
using SocialBalance.Api.Features.InputRules;

namespace SocialBalance.Api.Features.Targets;

/// <summary>
/// A target must be reachable and judgeable: a known indicator with a direction, a known area, a baseline before
/// the target year, a target value a figure could have, and exactly the fields of its kind. The duplicate key
/// (indicator, area, target year) is a 409 from the handler, not a 400: the body is valid, the data clashes.
/// </summary>
public sealed class TargetRequestValidator : AbstractValidator<TargetRequest>
{
    /// <summary>The first year a figure may describe, and the last year of any figure or target.</summary>
    public const int FirstYear = YearLimits.FirstPosted, LastYear = YearLimits.QueryMax;

    private const string IndicatorKey = "indicator";
    private static readonly string[] Kinds = [TargetRequest.ValueKind, TargetRequest.GapKind];

    public TargetRequestValidator(ReferenceCodeQueries codes, IndicatorAdminQueries indicators)
    {
        RuleFor(r => r.Indicator).Cascade(CascadeMode.Stop).NotEmpty().CustomAsync(async (code, context, ct) =>
        {
            if (await indicators.GetAsync(code, ct) is not { } indicator)
            {
                context.AddFailure($"Unknown code '{code}'. The valid codes are listed at /api/v1/indicators.");
                return;
            }

            context.RootContextData[IndicatorKey] = indicator;
            if (indicator.Content.Direction == "neutral")
            {
                context.AddFailure($"'{code}' is neutral (shown, never judged): with no direction to move in, it cannot have a target.");
            }
        });
        RuleFor(r => r.Area).NotEmpty().MustBeKnownCode(codes, CodeTable.Area, "/api/v1/areas");
        RuleFor(r => r.BaselineYear).InclusiveBetween(FirstYear, LastYear);
        RuleFor(r => r.TargetYear).InclusiveBetween(FirstYear, LastYear);
        RuleFor(r => r.TargetYear).GreaterThan(r => r.BaselineYear)
            .WithMessage(r => $"The target year ({r.TargetYear}) must come after the baseline year ({r.BaselineYear}).");
        RuleFor(r => r.Kind).Must(k => Kinds.Contains(k)).WithMessage($"'kind' must be one of: {string.Join(", ", Kinds)}.");
        RuleFor(r => r.Note).MustBeNames(1000, required: false);

        When(r => r.Kind == TargetRequest.ValueKind, () =>
        {
            RuleFor(r => r.TargetValue).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("A value target needs 'targetValue'.")
                .Must(v => double.IsFinite(v!.Value)).WithMessage("The target value must be a finite number.")
                .Custom((value, context) => CheckAgainstIndicator(value!.Value, context));
            RuleFor(r => r.RemainingShare).Null().WithMessage("'remainingShare' belongs to a gap target; leave it out of a value target.");
            RuleFor(r => r.ReferenceArea).Null().WithMessage("'referenceArea' belongs to a gap target; leave it out of a value target.");
        });

        When(r => r.Kind == TargetRequest.GapKind, () =>
        {
            RuleFor(r => r.TargetValue).Null()
                .WithMessage("A gap target's value follows from the gap to the reference area; leave 'targetValue' out.");
            RuleFor(r => r.RemainingShare).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("A gap target needs 'remainingShare' (0.5 halves the gap, 0 closes it).")
                .Must(s => s >= 0 && s < 1)
                .WithMessage("'remainingShare' is the share of the baseline gap still allowed at the target year: at least 0 and below 1.");
            RuleFor(r => r.EffectiveReferenceArea)
                .MustBeKnownCode(codes, CodeTable.Area, "/api/v1/areas")
                .Must((r, reference) => reference != r.Area)
                .WithMessage(r => r.ReferenceArea is null
                    ? $"The reference area defaults to '{CatalogueSnapshot.DefaultReferenceArea}', which is the area itself: give another 'referenceArea'."
                    : "The reference area cannot be the area itself.")
                .OverridePropertyName("referenceArea");
        });
    }

    /// <summary>The same range and decimals a figure of the indicator must keep: a target no figure can reach is an error.</summary>
    private static void CheckAgainstIndicator(double value, ValidationContext<TargetRequest> context)
    {
        if (!context.RootContextData.TryGetValue(IndicatorKey, out var found) || found is not IndicatorRecord indicator)
        {
            return;
        }

        var (code, rule) = (indicator.Code, indicator.Content);
        if (rule.MinValue is { } min && value < min || rule.MaxValue is { } max && value > max)
        {
            var range = (rule.MinValue, rule.MaxValue) switch
            {
                ({ } lo, { } hi) => $"between {lo} and {hi}",
                ({ } lo, null) => $"at least {lo}",
                _ => $"at most {rule.MaxValue}",
            };
            context.AddFailure($"The target value must be {range} {rule.Unit} for {code}.");
        }

        if (CleanInput.DecimalsOf(value) > rule.Decimals)
        {
            context.AddFailure($"{code} takes at most {rule.Decimals} decimal(s).");
        }
    }
}
