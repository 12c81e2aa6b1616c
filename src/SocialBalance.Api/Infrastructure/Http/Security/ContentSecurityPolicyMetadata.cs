namespace SocialBalance.Api.Infrastructure.Http.Security;

/// <summary>
/// The content security policy of one endpoint that serves a page, in place of the API's, which forbids everything.
/// A page states exactly what it loads (its own images, its one stylesheet by hash), so nothing is loosened for the API.
/// </summary>
public sealed record ContentSecurityPolicyMetadata(string Policy);

public static class ContentSecurityPolicyEndpoints
{
    public static RouteHandlerBuilder WithContentSecurityPolicy(this RouteHandlerBuilder builder, string policy) =>
        builder.WithMetadata(new ContentSecurityPolicyMetadata(policy));
}
