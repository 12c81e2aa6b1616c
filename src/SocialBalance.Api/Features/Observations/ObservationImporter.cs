namespace SocialBalance.Api.Features.Observations;

/// <summary>The result of a write request, before it becomes HTTP.</summary>
internal abstract record ImportResult
{
    public sealed record Written(ImportSummary Summary) : ImportResult;

    /// <summary>Rows the key may not post (another organisation's area): 403.</summary>
    public sealed record Forbidden(IReadOnlyList<RowError> Rows) : ImportResult;

    /// <summary>Rows that break a rule: 422.</summary>
    public sealed record Invalid(IReadOnlyList<RowError> Rows) : ImportResult;

    /// <summary>Rows that already exist under mode=create-only: 409.</summary>
    public sealed record Conflicting(IReadOnlyList<RowError> Rows) : ImportResult;
}

/// <summary>
/// Checks a whole write before any of it is written: permissions first (a key must not learn anything about
/// areas it may not post for), then every rule on every row, then the write in one transaction.
/// </summary>
public sealed class ObservationImporter(ObservationImportQueries queries)
{
    internal async Task<ImportResult> ImportAsync(
        IReadOnlyList<FigureRow> rows, Caller caller, ImportMode mode, ImportKind kind, bool dryRun, CancellationToken ct)
    {
        var context = await queries.LoadContextAsync(caller, ct);
        var outcome = ObservationImportValidator.Validate(rows, context);
        if (outcome.Forbidden.Count > 0)
        {
            return new ImportResult.Forbidden(outcome.Forbidden);
        }

        if (outcome.Errors.Count > 0)
        {
            return new ImportResult.Invalid(outcome.Errors);
        }

        var written = await queries.WriteAsync(outcome.Figures, caller, mode, kind, dryRun, ct);
        return written switch
        {
            WriteOutcome.Done done => new ImportResult.Written(done.Summary),
            WriteOutcome.Conflict conflict => new ImportResult.Conflicting(conflict.Rows),
            _ => throw new InvalidOperationException("Unknown write outcome."),
        };
    }
}
