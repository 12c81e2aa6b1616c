using Microsoft.AspNetCore.Authentication;

namespace SocialBalance.Api.Infrastructure.Auth;

public static class AuthSetup
{
    /// <summary>API key authentication and the two policies. Fails at start-up on a bootstrap key that is too short.</summary>
    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(options);
        services.AddSingleton(new BootstrapAdminKey(options));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyStore>();

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.WriterPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        return services;
    }

    public static WebApplication UseApiKeyAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
