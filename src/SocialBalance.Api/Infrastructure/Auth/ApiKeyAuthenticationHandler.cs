using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Infrastructure.Auth;

/// <summary>
/// Reads the <c>X-Api-Key</c> header. Without it the caller is anonymous (reads need no key); with an
/// unknown, revoked or misplaced key the authorization step answers 401, with a key that lacks the right 403,
/// both as problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore store,
    BootstrapAdminKey bootstrap,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Query names a key might be sent under: refused, because URLs end up in logs and histories.</summary>
    private static readonly string[] QueryKeyNames = ["apikey", "api_key", "api-key", "x-api-key", "key"];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Query.Keys.Any(name => QueryKeyNames.Contains(name, StringComparer.OrdinalIgnoreCase)))
        {
            return AuthenticateResult.Fail($"An API key in the query string is refused; send it in the {HeaderName} header.");
        }

        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.Fail($"Send exactly one key in the {HeaderName} header.");
        }

        if (bootstrap.Matches(key))
        {
            return Success(BootstrapAdminKey.Organisation, Roles.Admin, keyId: null);
        }

        var prefix = ApiKeySecrets.PrefixOf(key);
        var stored = prefix is null ? null : await store.FindAsync(prefix, Context.RequestAborted);
        if (stored is null || !ApiKeySecrets.Matches(key, stored.KeySalt, stored.KeyHash))
        {
            return AuthenticateResult.Fail("The API key is not known.");
        }

        if (stored.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("The API key has been revoked.");
        }

        await store.RecordUseAsync(stored.Id, Context.RequestAborted);
        return Success(stored.OrganisationCode, stored.Role, stored.Id);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        await WriteProblemAsync(new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Type = ProblemTypes.Unauthorized,
            Title = "An API key is required.",
            Detail = result.Failure?.Message ?? $"Send the organisation's API key in the {HeaderName} header.",
        });
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteProblemAsync(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Type = ProblemTypes.Forbidden,
            Title = "This API key may not do that.",
            Detail = "Only an admin key (the municipality) may use this endpoint.",
        });
    }

    private Task WriteProblemAsync(ProblemDetails problem) =>
        problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem }).AsTask();

    private static AuthenticateResult Success(string organisation, string role, long? keyId)
    {
        var claims = new List<Claim>
        {
            new(ApiKeyClaims.OrganisationType, organisation),
            new(ClaimTypes.Role, role),
            new(ClaimTypes.Name, organisation),
        };
        if (keyId is { } id)
        {
            claims.Add(new Claim(ApiKeyClaims.KeyIdType, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
