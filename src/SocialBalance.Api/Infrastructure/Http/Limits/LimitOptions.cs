namespace SocialBalance.Api.Infrastructure.Http.Limits;

/// <summary>The <c>Limits</c> configuration section.</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Anonymous reads one client (IP address) may make per minute before it gets 429.</summary>
    public int AnonymousReadsPerMinute { get; set; } = 1200;

    /// <summary>Write requests one API key may make per minute before it gets 429 (a batch counts as one).</summary>
    public int WritesPerMinute { get; set; } = 120;

    /// <summary>The largest request body, in bytes, anywhere but the batch endpoint: 1 MB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest batch upload, in bytes: 64 MB, room for 100,000 CSV rows with notes.</summary>
    public long MaxBatchBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long a request may run before it is abandoned with a problem response.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an Idempotency-Key stays claimed by a request that never finished. A process killed mid-request
    /// cannot release its claim; after this lease a retry with the key takes the claim over. Longer than the
    /// longest request (a batch times out after 5 minutes), so a live request is never overtaken.
    /// </summary>
    public TimeSpan IdempotencyClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The memory the answers of public GETs may take, in bytes: 64 MB, room for every national list and page many
    /// times over. Past it, answers are served but not kept until the next change of the data. 0 turns the cache off.
    /// The setting keeps its published name, <c>Limits:AnswerCacheBytes</c>.
    /// </summary>
    [Microsoft.Extensions.Configuration.ConfigurationKeyName("AnswerCacheBytes")]
    public long ResponseCacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// How long a read may go by the data version it last read before asking the database again: the longest a
    /// change made through another instance, or straight in the database, takes to reach this instance's answers.
    /// A write through this instance is seen at once. At most one second; 0 reads the version on every request.
    /// </summary>
    public TimeSpan DataVersionMaxAge { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><see cref="DataVersionMaxAge"/>, refused at start when outside 0 to 1 second rather than quietly bent.</summary>
    public TimeSpan CheckedDataVersionMaxAge() =>
        DataVersionMaxAge >= TimeSpan.Zero && DataVersionMaxAge <= Caching.DataVersionTracker.MaxAllowedAge
            ? DataVersionMaxAge
            : throw new InvalidOperationException(
                $"Limits:DataVersionMaxAge is {DataVersionMaxAge}; it must lie between 00:00:00 and {Caching.DataVersionTracker.MaxAllowedAge}.");
}
