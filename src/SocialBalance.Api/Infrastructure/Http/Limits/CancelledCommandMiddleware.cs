using System.Data.Common;

namespace SocialBalance.Api.Infrastructure.Http.Limits;

/// <summary>
/// SqlClient reports a command cancelled through its token as a SqlException ("Operation cancelled by user") and
/// SQLite as an interrupt, not as an OperationCanceledException. Turned into one here, inside the request timeout,
/// so a request stopped by its timeout answers 504 and one whose client went away answers nothing, instead of an
/// unexpected error.
/// </summary>
public sealed class CancelledCommandMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (DbException e) when (context.RequestAborted.IsCancellationRequested)
        {
            throw new OperationCanceledException("The database command was cancelled with its request.", e, context.RequestAborted);
        }
    }
}
