using Microsoft.Kiota.Abstractions.Serialization;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Tests;

/// <summary>One row a write refused: the CSV line (or array position), the field, and why.</summary>
public sealed record ProblemRow(int Row, string Field, string Reason);

/// <summary>
/// Reads the parts of a problem that Kiota keeps as untyped JSON. <c>errors</c> is a map of field to messages, which
/// Kiota models as a class whose entries are all additional data; <c>rows</c> is declared only in words so far, so it
/// lands in <see cref="ProblemDetails.AdditionalData"/>. Once the contract gives <c>rows</c> a schema, the
/// regenerated model has it as a typed property and <see cref="Rows"/> goes.
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

    public static IReadOnlyList<ProblemRow> Rows(ProblemDetails problem)
    {
        Assert.True(problem.AdditionalData.TryGetValue("rows", out var rows), "the problem has no rows");
        return Assert.IsType<UntypedArray>(rows).GetValue().Select(Row).ToList();
    }

    private static ProblemRow Row(UntypedNode node)
    {
        var fields = Assert.IsType<UntypedObject>(node).GetValue();
        return new ProblemRow(
            Assert.IsType<UntypedInteger>(fields["row"]).GetValue(),
            Assert.IsType<UntypedString>(fields["field"]).GetValue()!,
            Assert.IsType<UntypedString>(fields["reason"]).GetValue()!);
    }
}
