using System.Data.Common;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>What kind of request a write came in as, kept on its import record.</summary>
internal enum ImportKind
{
    Single,
    Batch,
    Retraction,
}

/// <summary>The result of a write request, before it becomes HTTP.</summary>
internal abstract record ImportResult
{
    public sealed record Written(ImportSummary Summary) : ImportResult;

    /// <summary>Rows the key may not write (an indicator not granted, another organisation's area, an observation it did not write): 403.</summary>
    public sealed record Forbidden(IReadOnlyList<RowError> Rows) : ImportResult;

    /// <summary>Rows that break a rule: 422.</summary>
    public sealed record Invalid(IReadOnlyList<RowError> Rows) : ImportResult;

    /// <summary>Rows that already exist under mode=create-only: 409.</summary>
    public sealed record Conflicting(IReadOnlyList<RowError> Rows) : ImportResult;

    /// <summary>A retraction of an observation that does not stand: 404.</summary>
    public sealed record NotFound : ImportResult;
}

/// <summary>
/// Runs a write as one transaction, started over as a whole when the database gives it up
/// (<see cref="WriteTransactions"/>), in four steps over rows already read from the body: check every rule on every
/// row (<see cref="ObservationChecks"/>; permissions come first, as a key must not learn anything about what it may
/// not write), read the touched observations under lock, plan (<see cref="ObservationWritePlan"/>), and write
/// (<see cref="ObservationWriter"/>). The checks and the write share the transaction, so no other write can slip in between.
/// </summary>
public sealed class ObservationImporter(ObservationWriteQueries queries, ObservationWriter writer, WriteTransactions transactions, TimeProvider clock)
{
    internal Task<ImportResult> ImportAsync(
        IReadOnlyList<UncheckedObservation> rows, Caller caller, ImportMode mode, ImportKind kind, bool dryRun, CancellationToken ct) =>
        transactions.RunAsync(
            (connection, transaction, token) => ImportAsync(connection, transaction, rows, caller, mode, kind, dryRun, token),
            WriteRetry.TransientOrRaced, ct);

    /// <summary>Retracts the current observation: a revision flagged retracted; reads then leave the observation out.</summary>
    internal Task<ImportResult> RetractAsync(string indicator, string area, int year, Caller caller, CancellationToken ct) =>
        transactions.RunAsync(
            (connection, transaction, token) => RetractAsync(connection, transaction, indicator, area, year, caller, token),
            WriteRetry.TransientOrRaced, ct);

    private async Task<ImportResult> ImportAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<UncheckedObservation> rows, Caller caller, ImportMode mode, ImportKind kind, bool dryRun, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var context = await queries.LoadContextAsync(connection, transaction, caller, now, ct);
        var outcome = ObservationChecks.Check(rows, context);
        if (outcome.Forbidden.Count > 0)
        {
            return new ImportResult.Forbidden(outcome.Forbidden);
        }

        if (outcome.Errors.Count > 0)
        {
            return new ImportResult.Invalid(outcome.Errors);
        }

        var stored = await queries.ReadStoredAsync(connection, transaction, outcome.Observations, ct);
        var plan = ObservationWritePlan.Make(outcome.Observations, stored, caller, mode);
        if (plan.NotOwn.Count > 0)
        {
            return new ImportResult.Forbidden(plan.NotOwn);
        }

        if (plan.Conflicts.Count > 0)
        {
            return new ImportResult.Conflicting(plan.Conflicts);
        }

        return new ImportResult.Written(dryRun
            ? plan.Summary(null, dryRun: true)
            : await writer.WriteAsync(connection, transaction, plan, caller, kind, mode, now, ct));
    }

    private async Task<ImportResult> RetractAsync(
        DbConnection connection, DbTransaction transaction, string indicator, string area, int year, Caller caller, CancellationToken ct)
    {
        // Row 1 and the query's parameter names, in the same `rows` form as a refused upload.
        var permissions = await queries.LoadPermissionsAsync(connection, transaction, caller, ct);
        var refused = permissions?.Refusals(1, indicator, area).ToList() ?? [];
        if (refused.Count > 0)
        {
            return new ImportResult.Forbidden(refused);
        }

        var current = await queries.ReadOneAsync(connection, transaction, indicator, area, year, ct);
        if (current is not { Stands: true })
        {
            return new ImportResult.NotFound();
        }

        if (!ObservationOwnership.MayChange(caller, current))
        {
            return new ImportResult.Forbidden([ObservationOwnership.Refusal(1, current)]);
        }

        var importId = await writer.RetractAsync(connection, transaction, current, caller, clock.GetUtcNow(), ct);
        return new ImportResult.Written(new ImportSummary(importId, false, 1, 0, 0, 0));
    }
}
