using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>
/// Refusals of a write that name rows: <c>rows</c> lists [{row, field, reason}] (the first
/// <see cref="MaxListedRows"/>), <c>errors</c> the same keyed "row N.field" (the first <see cref="MaxErrorKeys"/>,
/// for clients that read only validation problems), <c>totalErrors</c> how many there are in all. Capped so a
/// 100,000-row upload with a wrong column answers in kilobytes, not megabytes.
/// </summary>
internal static class ObservationProblems
{
    public const int MaxListedRows = 1000;
    public const int MaxErrorKeys = 100;

    public static ProblemHttpResult Rows(int status, string type, string title, IReadOnlyList<RowError> rows)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => $"row {r.Row}.{r.Field}").Take(MaxErrorKeys))
        {
            errors[group.Key] = group.Select(r => r.Reason).ToArray();
        }

        var listed = rows.Count <= MaxListedRows ? rows : rows.Take(MaxListedRows).ToList();
        var detail = rows.Count <= MaxListedRows
            ? $"{rows.Count} problem(s); nothing was written."
            : $"{rows.Count} problems; the first {MaxListedRows} are listed. Nothing was written.";
        return TypedResults.Problem(title: title, detail: detail, statusCode: status, type: type, extensions: new Dictionary<string, object?>
        {
            ["rows"] = listed,
            ["totalErrors"] = rows.Count,
            ["errors"] = errors,
        });
    }

    public static ProblemHttpResult From(ImportResult result) => result switch
    {
        ImportResult.Forbidden f => Rows(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden,
            "This API key may not write some of these figures.", f.Rows),
        ImportResult.Invalid i => Rows(StatusCodes.Status422UnprocessableEntity, ProblemTypes.UnprocessableContent,
            "Some rows are not valid.", i.Rows),
        ImportResult.Conflicting c => Rows(StatusCodes.Status409Conflict, ProblemTypes.Conflict,
            "Some figures already exist (mode=create-only).", c.Rows),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    /// <summary>A body that cannot be read as rows at all.</summary>
    public static ValidationProblem Body(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] },
            title: "The request body is not valid.", type: ProblemTypes.Validation);
}
