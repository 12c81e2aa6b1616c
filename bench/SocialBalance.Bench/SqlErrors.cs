using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.SqlClient;

namespace SocialBalance.Bench;

/// <summary>
/// Counts the errors SQL Server sends back to any command in this process while it is listening, by number, from
/// SqlClient's diagnostic events: the service answers 409 or 503 without saying which error it was.
/// </summary>
public sealed class SqlErrors : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, int> counts = new();
    private readonly List<IDisposable> subscriptions = [];

    private SqlErrors()
    {
    }

    public IReadOnlyDictionary<string, int> Counts => counts;

    public static SqlErrors Listen()
    {
        var errors = new SqlErrors();
        errors.subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(errors));
        return errors;
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "SqlClientDiagnosticListener")
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this, name => name.EndsWith("Error", StringComparison.Ordinal)));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value?.GetType().GetProperty("Exception")?.GetValue(value.Value) is SqlException sql)
        {
            counts.AddOrUpdate($"{sql.Number}: {sql.Message.Split('\n')[0].Trim()}", 1, (_, n) => n + 1);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
