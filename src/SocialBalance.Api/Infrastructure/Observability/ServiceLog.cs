namespace SocialBalance.Api.Infrastructure.Observability;

/// <summary>
/// Every message the service writes to its log, in one place: generated at compile time, so a message whose level is
/// off costs no formatting, and an operator can find each event by its id.
/// </summary>
public static partial class ServiceLog
{
    [LoggerMessage(1001, LogLevel.Information, "Database ({Provider}) ready; {Count} migration(s) applied now.")]
    public static partial void DatabaseReady(ILogger logger, string provider, int count);

    [LoggerMessage(1002, LogLevel.Information, "Loaded {Count} demo figures: illustrative, apart from the few real ones that carry their source.")]
    public static partial void DemoFiguresLoaded(ILogger logger, int count);

    [LoggerMessage(1003, LogLevel.Information, "Loaded {Count} {What}.")]
    public static partial void DemoContentLoaded(ILogger logger, int count, string what);

    [LoggerMessage(1004, LogLevel.Warning, "Could not refresh the query planner's statistics; reads may choose slower plans.")]
    public static partial void PlannerStatisticsNotRefreshed(ILogger logger, Exception exception);

    [LoggerMessage(1006, LogLevel.Warning, "The SQLite file stays in journal mode '{Mode}', not write-ahead log: reads wait while a write commits.")]
    public static partial void NoWriteAheadLog(ILogger logger, string mode);

    /// <summary>DbUp's own message, formatted by its own format string.</summary>
    [LoggerMessage(EventId = 1005, Message = "{Message}")]
    public static partial void Migration(ILogger logger, LogLevel level, Exception? exception, string message);

    [LoggerMessage(1101, LogLevel.Warning, "Write attempt {Attempt} failed ({Reason}, {Error}); starting over")]
    public static partial void WriteAttemptFailed(ILogger logger, int attempt, string reason, string error);

    [LoggerMessage(1201, LogLevel.Error, "Unhandled exception for {Method} {Path}")]
    public static partial void UnhandledException(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(1202, LogLevel.Information, "Request refused with {Status}: {Title}")]
    public static partial void RequestRefused(ILogger logger, int? status, string? title);

    [LoggerMessage(1301, LogLevel.Warning,
        "No admin key is configured (Auth:BootstrapAdminKey), so only keys already in the database can write; on a new " +
        "database every write answers 401. Set it to a random value of at least {MinimumLength} characters, e.g. the " +
        "environment variable Auth__BootstrapAdminKey=$(openssl rand -hex 32), and restart.")]
    public static partial void NoAdminKey(ILogger logger, int minimumLength);
}
