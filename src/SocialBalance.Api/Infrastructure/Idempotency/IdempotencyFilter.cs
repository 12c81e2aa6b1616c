using System.Security.Cryptography;
using System.Text;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Infrastructure.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> header (IETF httpapi draft): the same key and request again answers the first
/// answer again without running the handler; the same key with another request is 422; a retry while the
/// first is still running is 409. Keys are per organisation. Answers of 5xx, and failures, release the key, so
/// a retry runs again. The fingerprint covers method, path, query and the raw body bytes.
/// </summary>
public sealed class IdempotencyFilter(IdempotencyStore store) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>Says a replayed answer is the stored one.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    private const int MaxKeyLength = 255;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return await next(context);
        }

        var key = values.Count == 1 ? Unquote(values[0]) : null;
        if (key is null || key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [HeaderName] = [$"Send one key of 1 to {MaxKeyLength} visible ASCII characters, e.g. a UUID."] },
                title: "The request is not valid.", type: ProblemTypes.Validation);
        }

        var organisation = http.User.Organisation();
        var fingerprint = await FingerprintAsync(http.Request, http.RequestAborted);
        var existing = await store.ClaimAsync(organisation, key, fingerprint, http.RequestAborted);
        if (existing is not null)
        {
            return Replay(http, existing, fingerprint);
        }

        var completed = false;
        try
        {
            var result = await next(context);
            var (status, type, body) = await ExecuteAndCaptureAsync(http, result);
            if (status < 500)
            {
                var location = http.Response.Headers.Location.ToString();
                await store.CompleteAsync(organisation, key, status, type, body, location.Length > 0 ? location : null, CancellationToken.None);
                completed = true;
            }

            return Results.Empty;
        }
        finally
        {
            if (!completed)
            {
                await store.ReleaseAsync(organisation, key);
            }
        }
    }

    private static IResult Replay(HttpContext http, IdempotencyRecord existing, string fingerprint)
    {
        if (existing.InProgress)
        {
            http.Response.Headers.RetryAfter = "1";
            return TypedResults.Problem(
                title: "A request with this Idempotency-Key is still being processed.",
                detail: "Retry after it has finished; its answer will then be repeated.",
                statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict);
        }

        if (!string.Equals(existing.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return TypedResults.Problem(
                title: "This Idempotency-Key was used for a different request.",
                detail: "Use a new key for a new request; a key may be reused only to repeat the same request.",
                statusCode: StatusCodes.Status422UnprocessableEntity, type: ProblemTypes.UnprocessableContent);
        }

        http.Response.Headers[ReplayedHeaderName] = "true";
        if (existing.ResponseLocation is { } location)
        {
            http.Response.Headers.Location = location;
        }

        return Results.Text(existing.ResponseBody ?? "", existing.ResponseType, Encoding.UTF8, existing.ResponseStatus);
    }

    /// <summary>Runs the handler's result into a buffer, so its exact answer can be stored, then sends it on.</summary>
    private static async Task<(int Status, string? Type, string Body)> ExecuteAndCaptureAsync(HttpContext http, object? result)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            if (result is IResult executable)
            {
                await executable.ExecuteAsync(http);
            }
            else if (result is not null)
            {
                await TypedResults.Ok(result).ExecuteAsync(http);
            }
        }
        finally
        {
            http.Response.Body = original;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return (http.Response.StatusCode, http.Response.ContentType, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>SHA-256 over method, path, query and body, read once through a rewindable buffer for the handler.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n{request.ContentType}\n"));
        var block = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(block, ct)) > 0)
        {
            hash.AppendData(block, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The draft sends the key as a structured-field string ("…"); a bare token is accepted too.</summary>
    private static string? Unquote(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed is { Length: >= 2 } && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed[1..^1] : trimmed;
    }
}

public static class IdempotencyExtensions
{
    /// <summary>Makes a write endpoint honour <c>Idempotency-Key</c>; run after authorization (it needs the organisation).</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter>().WithMetadata(new IdempotencyMetadata());
}

/// <summary>Marks an endpoint that takes <c>Idempotency-Key</c>, for the OpenAPI document.</summary>
public sealed class IdempotencyMetadata;
