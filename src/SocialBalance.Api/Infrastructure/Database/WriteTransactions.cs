using System.Data.Common;
using SocialBalance.Api.Infrastructure.Observability;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>What may make a write start over.</summary>
public enum WriteRetry
{
    /// <summary>Only the database giving the attempt up: a deadlock victim, a failover, a busy file.</summary>
    Transient,

    /// <summary>
    /// Also a row refused by a unique key, for writes that plan from what they read: another writer stored the
    /// same row since, so the plan was made from figures that are no longer current.
    /// </summary>
    TransientOrRaced,
}

/// <summary>
/// Runs a write as one transaction, and runs it again from its start when the attempt failed for a reason that
/// passes (see <see cref="WriteRetry"/>). Each attempt reads what it changes inside its own transaction, so an
/// attempt again is the same write, never a second one. After <see cref="Attempts"/> attempts it gives up with
/// <see cref="WriteContentionException"/>, which answers 503 with Retry-After.
/// </summary>
public class WriteTransactions(DbConnectionFactory db, ApiMetrics metrics, ILogger<WriteTransactions> logger)
{
    public const int Attempts = 5;

    public async Task<T> RunAsync<T>(
        Func<DbConnection, DbTransaction, CancellationToken, Task<T>> write, WriteRetry retry, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await db.OpenAsync(ct);
                await using var transaction = await connection.BeginTransactionAsync(ct);
                var result = await write(connection, transaction, ct);
                await BeforeCommitAsync(connection, transaction, attempt, ct);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (DbException e) when (WorthAnotherAttempt(e, retry))
            {
                var reason = DatabaseErrors.IsTransient(e) ? "transient" : "raced";
                metrics.WriteAttemptFailed(reason);
                if (attempt == Attempts)
                {
                    throw new WriteContentionException(attempt, e);
                }

                ServiceLog.WriteAttemptFailed(logger, attempt, reason, e.GetType().Name);
                await Task.Delay(Backoff(attempt), ct);
            }
        }
    }

    /// <summary>The last moment of an attempt before it commits; where a fault-injection test makes it fail.</summary>
    protected virtual Task BeforeCommitAsync(DbConnection connection, DbTransaction transaction, int attempt, CancellationToken ct) =>
        Task.CompletedTask;

    private static bool WorthAnotherAttempt(DbException e, WriteRetry retry) =>
        DatabaseErrors.IsTransient(e) || (retry == WriteRetry.TransientOrRaced && DatabaseErrors.IsDuplicateKey(e));

    // Randomised, so two writers that failed together do not meet again at once.
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Random.Shared.Next(10, 40) << (attempt - 1));
}

/// <summary>A write that kept failing on contention or a passing fault after every attempt: worth retrying later.</summary>
public sealed class WriteContentionException(int attempts, DbException last)
    : Exception($"The write failed {attempts} times on contention or a transient database fault.", last);
