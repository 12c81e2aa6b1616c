using SocialBalance.Api.Infrastructure.Observability;

namespace SocialBalance.Api.Infrastructure.Auth;

/// <summary>
/// Tells the operator at start when no bootstrap admin key is configured: on a new database nobody can then create
/// a key, so every write answers 401, and nothing else would say why.
/// </summary>
public static class AdminKeyWarning
{
    public static WebApplication WarnWithoutAdminKey(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<BootstrapAdminKey>().IsConfigured)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminKeyWarning));
            ServiceLog.NoAdminKey(logger, AuthOptions.MinBootstrapKeyLength);
        }

        return app;
    }
}
