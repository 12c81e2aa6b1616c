using FluentValidation;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.InputRules;

/// <summary>Rules shared by every filter that takes codes: well-formed, not too many, and known.</summary>
public static class CodeListValidation
{
    /// <param name="rule">The property holding one code or comma-separated codes.</param>
    /// <param name="codes">The lookup of existing codes.</param>
    /// <param name="table">Where the codes must exist.</param>
    /// <param name="listPath">The list that shows the valid codes, named in the message.</param>
    public static IRuleBuilderOptionsConditions<T, string?> MustBeKnownCodes<T>(
        this IRuleBuilder<T, string?> rule,
        ReferenceCodeQueries codes,
        CodeTable table,
        string listPath) =>
        rule.CustomAsync(async (value, context, ct) =>
        {
            if (value is null)
            {
                return;
            }

            var list = CodeList.Parse(value);
            if (list.Count == 0 || list.Any(code => code.Length == 0))
            {
                context.AddFailure($"'{Echo.Clip(value)}' contains an empty code; give one or more codes separated by single commas.");
                return;
            }

            if (list.Count > CodeList.MaxCodes)
            {
                context.AddFailure($"At most {CodeList.MaxCodes} codes may be given; {list.Count} were.");
                return;
            }

            var unknown = await codes.FindUnknownAsync(table, list, ct);
            if (unknown.Count > 0)
            {
                context.AddFailure($"Unknown code(s): {string.Join(", ", unknown.Select(Echo.Clip))}. The valid codes are listed at {listPath}.");
            }
        });
}
