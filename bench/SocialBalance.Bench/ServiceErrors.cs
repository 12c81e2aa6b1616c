using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;

namespace SocialBalance.Bench;

/// <summary>
/// Takes the service's log in place of the console and counts the exceptions it logs, by kind: a scenario can
/// then say what its 500s were without a stack trace per failed request.
/// </summary>
public sealed class ServiceErrors : ILoggerProvider, ILogger
{
    // The host may log one exception twice (middleware and handler); it counts once.
    private readonly ConditionalWeakTable<Exception, object> seen = [];
    private readonly ConcurrentDictionary<string, int> counts = new();

    public IReadOnlyDictionary<string, int> Counts => counts;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (exception is null || !seen.TryAdd(exception, new object()))
        {
            return;
        }

        var inner = exception.GetBaseException();
        var kind = inner is SqlException sql
            ? $"SqlException {sql.Number}: {FirstLine(sql.Message)}"
            : $"{inner.GetType().Name}: {FirstLine(inner.Message)}";
        counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }

    public void Dispose()
    {
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
