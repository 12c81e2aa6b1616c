namespace SocialBalance.Api.Infrastructure.Auth;

/// <summary>
/// Tells the operator at start when no bootstrap admin key is configured: on a new database nobody can then create
/// a key, so every write answers 401, and nothing else would say why.
/// </summary>
public static class AdminKeyWarning
{
    public const string Text =
        "No admin key is configured (Auth:BootstrapAdminKey), so only keys already in the database can write; on a new " +
        "database every write answers 401. Set it to a random value of at least {MinimumLength} characters, e.g. the " +
        "environment variable Auth__BootstrapAdminKey=$(openssl rand -hex 32), and restart.";

    public static WebApplication WarnWithoutAdminKey(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<BootstrapAdminKey>().IsConfigured)
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminKeyWarning))
                .LogWarning(Text, AuthOptions.MinBootstrapKeyLength);
        }

        return app;
    }
}
