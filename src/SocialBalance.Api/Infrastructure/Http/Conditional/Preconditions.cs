using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Infrastructure.Http.Conditional;

/// <summary>What an update's <c>If-Match</c> asks for.</summary>
public enum IfMatchKind
{
    /// <summary>No If-Match: refused with 428, so no update is ever made blind.</summary>
    Missing,

    /// <summary><c>If-Match: *</c>: any current version.</summary>
    Any,

    /// <summary>One or more versions; the update applies only if the row is still at one of them.</summary>
    Versions,
}

public sealed record IfMatch(IfMatchKind Kind, IReadOnlyList<int> Versions);

/// <summary>
/// Optimistic concurrency for the administration endpoints (RFC 9110 §13.1.1, RFC 6585 §3). A row's ETag is
/// its version, <c>"v3"</c>: strong, because the admin representation is exactly the row.
/// </summary>
public static class Preconditions
{
    public static string ETag(int version) => $"\"v{version}\"";

    public static IfMatch Read(HttpRequest request)
    {
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags is null || tags.Count == 0)
        {
            return new IfMatch(IfMatchKind.Missing, []);
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return new IfMatch(IfMatchKind.Any, []);
        }

        // If-Match compares strongly: a weak tag never matches.
        var versions = tags.Where(t => !t.IsWeak)
            .Select(t => t.Tag.Value is { Length: > 3 } v && v[1] == 'v' && int.TryParse(v[2..^1], out var n) ? n : -1)
            .Where(n => n > 0)
            .ToList();
        return new IfMatch(IfMatchKind.Versions, versions);
    }

    /// <summary>Whether a row at <paramref name="current"/> satisfies the precondition.</summary>
    public static bool Allows(this IfMatch ifMatch, int current) =>
        ifMatch.Kind == IfMatchKind.Any || ifMatch.Versions.Contains(current);

    public static ProblemHttpResult Required() => TypedResults.Problem(
        title: "An If-Match header is required.",
        detail: "Send the ETag from the resource's last read (e.g. If-Match: \"v3\"), so an update never overwrites a change it has not seen.",
        statusCode: StatusCodes.Status428PreconditionRequired, type: ProblemTypes.PreconditionRequired);

    public static ProblemHttpResult Failed(int current) => TypedResults.Problem(
        title: "The resource has changed since it was read.",
        detail: $"Its current ETag is {ETag(current)}: read it again, re-apply the change, and send the new ETag.",
        statusCode: StatusCodes.Status412PreconditionFailed, type: ProblemTypes.PreconditionFailed);
}

/// <summary>A JSON answer with an ETag header (the version of the row it shows).</summary>
public sealed class VersionedResult<T>(int statusCode, T value, int version, string? location = null) : IResult, IStatusCodeHttpResult, IValueHttpResult<T>, IValueHttpResult
{
    public int? StatusCode => statusCode;

    public T Value => value;

    object? IValueHttpResult.Value => value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.ETag = Preconditions.ETag(version);
        if (location is not null)
        {
            httpContext.Response.Headers.Location = location;
        }

        httpContext.Response.StatusCode = statusCode;
        return httpContext.Response.WriteAsJsonAsync(value, httpContext.RequestAborted);
    }
}

/// <summary>The If-Match update flow every administration resource shares.</summary>
public static class VersionedUpdate
{
    /// <param name="request">Carries If-Match.</param>
    /// <param name="currentVersion">The row's version now, or null when there is no such row.</param>
    /// <param name="update">Applies the change if the row is still at the version given; false if it moved meanwhile.</param>
    /// <param name="reload">Reads the row after the update.</param>
    /// <param name="notFound">The 404 for this resource.</param>
    public static async Task<VersionedUpdateResult<T>> RunAsync<T>(
        HttpRequest request, Func<Task<int?>> currentVersion, Func<int, Task<bool>> update, Func<Task<(T Value, int Version)>> reload, Func<IResult> notFound) =>
        new(await AnswerAsync(request, currentVersion, update, reload, notFound));

    private static async Task<IResult> AnswerAsync<T>(
        HttpRequest request, Func<Task<int?>> currentVersion, Func<int, Task<bool>> update, Func<Task<(T Value, int Version)>> reload, Func<IResult> notFound)
    {
        var ifMatch = Preconditions.Read(request);
        if (ifMatch.Kind == IfMatchKind.Missing)
        {
            return Preconditions.Required();
        }

        if (await currentVersion() is not { } current)
        {
            return notFound();
        }

        if (!ifMatch.Allows(current))
        {
            return Preconditions.Failed(current);
        }

        // The UPDATE names the version too, so a change between this read and the write still fails (412).
        if (!await update(current))
        {
            return Preconditions.Failed(await currentVersion() ?? current);
        }

        var (value, version) = await reload();
        return new Versioned<T>(value, version);
    }
}
