using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SocialBalance.Api.Features.Observations.Reads;
using SocialBalance.Api.Infrastructure.Database;
using SQLitePCL;

namespace SocialBalance.ReadFloor;

/// <summary>
/// The service's read by id without the provider's cost per call: the same statement on the same pooled connection,
/// stepped and read through SQLite's own functions on raw handles, with one reference to each handle and the
/// connection's lock taken once per page instead of around every column. A measure of what the provider costs, not a
/// way the service reads: it gives up the provider's guard on every call.
/// </summary>
public static unsafe class AroundProvider
{
    private const string Library = "e_sqlite3";
    private const int Row = 100;
    private const int Null = 5;

    public static IReadOnlyList<ObservationResponse> Read(SqliteConnection connection, IReadOnlyList<long> ids)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, ObservationsById.Sql(SqlDialect.For(DatabaseProvider.Sqlite)), out sqlite3_stmt statement), db);
        using (statement)
        {
            Check(raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, "@Ids"), SqlDialect.IdArray(ids)), db);
            var rows = new Dictionary<long, ObservationResponse>(ids.Count);
            var statementHeld = false;
            var connectionHeld = false;
            statement.DangerousAddRef(ref statementHeld);
            db.DangerousAddRef(ref connectionHeld);
            var mutex = sqlite3_db_mutex(db.DangerousGetHandle());
            sqlite3_mutex_enter(mutex);
            try
            {
                var s = statement.DangerousGetHandle();
                while (sqlite3_step(s) == Row)
                {
                    rows[sqlite3_column_int64(s, 0)] = new ObservationResponse(
                        Text(s, 1), Text(s, 2), sqlite3_column_int(s, 3), sqlite3_column_double(s, 4), Text(s, 5),
                        sqlite3_column_type(s, 6) == Null ? null : sqlite3_column_double(s, 6),
                        sqlite3_column_type(s, 7) == Null ? null : sqlite3_column_double(s, 7),
                        Text(s, 8), sqlite3_column_type(s, 9) == Null ? null : Text(s, 9),
                        sqlite3_column_type(s, 10) == Null ? null : Text(s, 10),
                        DateTimeOffsetHandler.FromDatabase(Text(s, 11)), sqlite3_column_type(s, 12) != Null);
                }
            }
            finally
            {
                sqlite3_mutex_leave(mutex);
                db.DangerousRelease();
                statement.DangerousRelease();
            }

            return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        }
    }

    private static void Check(int code, sqlite3 db)
    {
        if (code != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {code}: {raw.sqlite3_errmsg(db).utf8_to_string()}");
        }
    }

    private static string Text(IntPtr statement, int column) =>
        Encoding.UTF8.GetString(sqlite3_column_text(statement, column), sqlite3_column_bytes(statement, column));

    [DllImport(Library)]
    private static extern int sqlite3_step(IntPtr statement);

    [DllImport(Library), SuppressGCTransition]
    private static extern long sqlite3_column_int64(IntPtr statement, int column);

    [DllImport(Library), SuppressGCTransition]
    private static extern int sqlite3_column_int(IntPtr statement, int column);

    [DllImport(Library), SuppressGCTransition]
    private static extern double sqlite3_column_double(IntPtr statement, int column);

    [DllImport(Library), SuppressGCTransition]
    private static extern int sqlite3_column_type(IntPtr statement, int column);

    [DllImport(Library), SuppressGCTransition]
    private static extern byte* sqlite3_column_text(IntPtr statement, int column);

    [DllImport(Library), SuppressGCTransition]
    private static extern int sqlite3_column_bytes(IntPtr statement, int column);

    [DllImport(Library), SuppressGCTransition]
    private static extern IntPtr sqlite3_db_mutex(IntPtr db);

    [DllImport(Library)]
    private static extern void sqlite3_mutex_enter(IntPtr mutex);

    [DllImport(Library), SuppressGCTransition]
    private static extern void sqlite3_mutex_leave(IntPtr mutex);
}
