namespace SocialBalance.Api.Infrastructure.Http.Conditional;

/// <summary>
/// Puts an endpoint outside <c>/api</c> (a page) through <see cref="ConditionalGetMiddleware"/> like every read of the
/// API: a strong ETag, 304 on <c>If-None-Match</c>, and the answer kept under the data's version.
/// </summary>
public sealed class ConditionalGetMetadata;

public static class ConditionalGetEndpoints
{
    /// <summary>Answers GETs of this endpoint as <see cref="ConditionalGetMiddleware"/> answers the API's.</summary>
    public static RouteHandlerBuilder WithConditionalGet(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ConditionalGetMetadata());
}
