using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// The exceptions a database client throws when the database gives a transaction up, made as the clients make
/// them: SQLite's "database is locked" (SQLITE_BUSY), and SQL Server's error 1205, chosen as deadlock victim.
/// </summary>
internal static class DatabaseFaults
{
    public const int SqlServerDeadlockVictim = 1205;
    private const int SqliteBusy = 5;

    public static Exception LostDeadlock(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? new SqliteException("SQLite Error 5: 'database is locked'.", SqliteBusy)
        : SqlError(SqlServerDeadlockVictim, "Transaction (Process ID 61) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.");

    // SqlException has no public constructor; SqlClient builds one from an error collection, as done here.
    private static SqlException SqlError(int number, string message)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var errorCtor = typeof(SqlError).GetConstructors(Internal).OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = errorCtor.GetParameters().Select(p => p.Name switch
        {
            "infoNumber" => number,
            "errorState" => (object)(byte)1,
            "errorClass" => (byte)13,
            "server" => "test",
            "errorMessage" => message,
            "procedure" => "",
            "lineNumber" => 0,
            "win32ErrorCode" => 0,
            "batchIndex" => -1,
            _ => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
        }).ToArray();
        var error = (SqlError)errorCtor.Invoke(arguments);

        var errors = (SqlErrorCollection)typeof(SqlErrorCollection).GetConstructors(Internal).Single(c => c.GetParameters().Length == 0).Invoke(null);
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.Name == "CreateException")
            .OrderBy(m => m.GetParameters().Length)
            .First(m => m.GetParameters()[0].ParameterType == typeof(SqlErrorCollection));
        var createArguments = create.GetParameters().Select<ParameterInfo, object?>((p, i) => i == 0 ? errors : p.ParameterType == typeof(string) ? "16.0" : null).ToArray();
        var exception = (SqlException)create.Invoke(null, createArguments)!;
        Assert.Equal(number, exception.Number);
        return exception;
    }
}
