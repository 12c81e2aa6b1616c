using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using SocialBalance.Api.Infrastructure.Http.Limits;

namespace SocialBalance.Api.Tests.Http;

/// <summary>
/// A database error raised while the request is being cancelled is the cancellation (SqlClient may report its
/// own cancellation as "Operation cancelled by user"), so the timeout answers 504; any other database error stays
/// what it is.
/// </summary>
public sealed class CancelledCommandMiddlewareTests
{
    [Fact]
    public async Task A_database_error_of_a_cancelled_request_becomes_its_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var interrupted = new SqliteException("SQLite Error 9: 'interrupted'.", 9);
        var middleware = new CancelledCommandMiddleware(_ => throw interrupted);

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => middleware.InvokeAsync(new DefaultHttpContext { RequestAborted = cancelled.Token }));

        Assert.Same(interrupted, thrown.InnerException);
        Assert.Equal(cancelled.Token, thrown.CancellationToken);
    }

    [Fact]
    public async Task A_database_error_of_a_running_request_stays_a_database_error()
    {
        var busy = new SqliteException("SQLite Error 5: 'database is locked'.", 5);
        var middleware = new CancelledCommandMiddleware(_ => throw busy);

        var thrown = await Assert.ThrowsAsync<SqliteException>(() => middleware.InvokeAsync(new DefaultHttpContext()));

        Assert.Same(busy, thrown);
    }
}
