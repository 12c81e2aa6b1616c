using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// The limits a validator enforces on one member, whatever the other members hold. <see cref="EachTextMaxLength"/> is
/// the limit on each text of a member that is an object of texts (a name in Danish and English).
/// </summary>
public sealed record MemberLimits(
    decimal? Minimum, decimal? Maximum, bool ExclusiveMinimum, bool ExclusiveMaximum, int? MaxLength, bool Required, int? EachTextMaxLength = null);

/// <summary>
/// Reads the limits off the FluentValidation validators the endpoints run, so the contract states the same
/// <c>minimum</c>, <c>maximum</c> and <c>maxLength</c> the service refuses beyond (and which query parameters it
/// requires). Only rules that hold unconditionally are read: a limit under <c>When</c> depends on another field, which
/// a schema of one field cannot say.
/// </summary>
public sealed class ValidatorLimits(IServiceProvider services)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyDictionary<string, MemberLimits>> cache = new();

    /// <summary>The limits of each member of <paramref name="type"/>, by name (case ignored); none without a validator.</summary>
    public IReadOnlyDictionary<string, MemberLimits> For(Type type) => cache.GetOrAdd(type, Read);

    private IReadOnlyDictionary<string, MemberLimits> Read(Type type)
    {
        using var scope = services.CreateScope();
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
        {
            return new Dictionary<string, MemberLimits>();
        }

        var limits = new Dictionary<string, MemberLimits>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in validator.CreateDescriptor().GetMembersWithValidators())
        {
            var found = new MemberLimits(null, null, false, false, null, false);
            foreach (var (check, component) in member)
            {
                if (component.HasCondition || component.HasAsyncCondition)
                {
                    continue;
                }

                found = Narrow(found, check);
            }

            limits[member.Key] = found;
        }

        return limits;
    }

    private static MemberLimits Narrow(MemberLimits limits, IPropertyValidator check) => check switch
    {
        INotNullValidator or INotEmptyValidator => limits with { Required = true },
        ITextLengthLimit text => limits with { EachTextMaxLength = text.MaxLength },
        ILengthValidator { Max: > 0 } length => limits with { MaxLength = Min(limits.MaxLength, length.Max) },
        IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to =>
            check.Name == "ExclusiveBetweenValidator"
                ? limits with { Minimum = from, Maximum = to, ExclusiveMinimum = true, ExclusiveMaximum = true }
                : limits with { Minimum = from, Maximum = to },
        IComparisonValidator { MemberToCompare: null } comparison when Number(comparison.ValueToCompare) is { } value => comparison.Comparison switch
        {
            Comparison.GreaterThanOrEqual => limits with { Minimum = value },
            Comparison.GreaterThan => limits with { Minimum = value, ExclusiveMinimum = true },
            Comparison.LessThanOrEqual => limits with { Maximum = value },
            Comparison.LessThan => limits with { Maximum = value, ExclusiveMaximum = true },
            _ => limits,
        },
        _ => limits,
    };

    private static int Min(int? a, int b) => a is { } x ? Math.Min(x, b) : b;

    private static decimal? Number(object? value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => null,
    };
}
