using Microsoft.Kiota.Abstractions.Serialization;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Tests;

/// <summary>
/// Reads a problem's <c>errors</c>: a map of field to messages, which Kiota models as a class whose entries are all
/// additional data, each an untyped array of strings.
/// </summary>
public static class ProblemContent
{
    public static IReadOnlyDictionary<string, string[]> Errors(HttpValidationProblemDetails problem)
    {
        Assert.NotNull(problem.Errors);
        return problem.Errors.AdditionalData.ToDictionary(
            e => e.Key,
            e => Assert.IsType<UntypedArray>(e.Value).GetValue().Select(m => Assert.IsType<UntypedString>(m).GetValue()!).ToArray());
    }
}
