using System.Data.Common;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.Http.Endpoints;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>The result of a write request, before it becomes HTTP.</summary>
internal abstract record ImportResult
{
    public sealed record Written(ImportSummary Summary) : ImportResult;

    /// <summary>Rows the key may not write (an indicator not granted, another organisation's area, a figure it did not write): 403.</summary>
    public sealed record Forbidden(IReadOnlyList<RowError> Rows) : ImportResult;

    /// <summary>Rows that break a rule: 422.</summary>
    public sealed record Invalid(IReadOnlyList<RowError> Rows) : ImportResult;

    /// <summary>Rows that already exist under mode=create-only: 409.</summary>
    public sealed record Conflicting(IReadOnlyList<RowError> Rows) : ImportResult;

    /// <summary>A retraction of a figure that does not stand: 404.</summary>
    public sealed record NotFound : ImportResult;
}

/// <summary>
/// Runs a write as one transaction, started over as a whole when the database gives it up
/// (<see cref="WriteTransactions"/>): permissions first (a key must not learn anything about what it may not write),
/// then every rule on every row, then the touched figures read under lock and who wrote them, then the write. The
/// checks and the write share the transaction, so no other write can slip in between.
/// </summary>
public sealed class ObservationImporter(ObservationWriteQueries queries, WriteTransactions transactions, TimeProvider clock)
{
    internal Task<ImportResult> ImportAsync(
        IReadOnlyList<UncheckedObservation> rows, Caller caller, ImportMode mode, ImportKind kind, bool dryRun, CancellationToken ct) =>
        transactions.RunAsync(
            (connection, transaction, token) => ImportAsync(connection, transaction, rows, caller, mode, kind, dryRun, token),
            WriteRetry.TransientOrRaced, ct);

    /// <summary>Retracts the current figure: a revision flagged retracted; reads then leave the figure out.</summary>
    internal Task<ImportResult> RetractAsync(string indicator, string area, int year, Caller caller, CancellationToken ct) =>
        transactions.RunAsync(
            (connection, transaction, token) => RetractAsync(connection, transaction, indicator, area, year, caller, token),
            WriteRetry.TransientOrRaced, ct);

    private async Task<ImportResult> ImportAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<UncheckedObservation> rows, Caller caller, ImportMode mode, ImportKind kind, bool dryRun, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var context = await queries.LoadContextAsync(connection, transaction, caller, now, ct);
        var outcome = ObservationChecks.Validate(rows, context);
        if (outcome.Forbidden.Count > 0)
        {
            return new ImportResult.Forbidden(outcome.Forbidden);
        }

        if (outcome.Errors.Count > 0)
        {
            return new ImportResult.Invalid(outcome.Errors);
        }

        var existing = await queries.ReadExistingAsync(connection, transaction, outcome.Figures, ct);
        var plan = ObservationWritePlan.Make(outcome.Figures, existing, caller, mode);
        if (plan.NotOwn.Count > 0)
        {
            return new ImportResult.Forbidden(plan.NotOwn);
        }

        if (plan.Conflicts.Count > 0)
        {
            return new ImportResult.Conflicting(plan.Conflicts);
        }

        if (dryRun)
        {
            return new ImportResult.Written(plan.Summary(null, dryRun: true));
        }

        var importId = await queries.InsertImportAsync(connection, transaction, caller, kind, mode, now,
            (outcome.Figures.Count, plan.Created, plan.Updated, plan.Unchanged, 0), ct);
        await using (var writer = ObservationRowWriter.Create(connection, transaction, caller, importId, now, queries.Provider))
        {
            foreach (var (figure, current) in plan.Writes)
            {
                await writer.WriteAsync(figure, current, ct);
            }

            await writer.FlushAsync(ct);
        }

        return new ImportResult.Written(plan.Summary(importId, dryRun: false));
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
        if (current is null || current.RetractedAt is not null)
        {
            return new ImportResult.NotFound();
        }

        if (!ObservationOwnership.MayChange(caller, current))
        {
            return new ImportResult.Forbidden([ObservationOwnership.Refusal(1, current)]);
        }

        var now = clock.GetUtcNow();
        var importId = await queries.InsertImportAsync(connection, transaction, caller, ImportKind.Retraction, ImportMode.Upsert, now, (1, 0, 0, 0, 1), ct);
        await using (var writer = ObservationRowWriter.Create(connection, transaction, caller, importId, now, queries.Provider))
        {
            await writer.RetractAsync(current, ct);
            await writer.FlushAsync(ct);
        }

        await queries.RetractAsync(connection, transaction, current, caller, importId, now, ct);
        return new ImportResult.Written(new ImportSummary(importId, false, 1, 0, 0, 0));
    }
}
