using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SocialBalance.Api.Infrastructure.Http.Security;

/// <summary>The reverse proxies whose <c>X-Forwarded-For</c> is believed (section <c>ForwardedHeaders</c>).</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy, so the anonymous read limit would be one bucket
/// for the whole city. The client's address is taken from <c>X-Forwarded-For</c>, but only on connections from
/// the proxies configured; from anyone else the header is ignored, so it cannot be spoofed to dodge the limit.
/// Nothing is trusted by default (not even loopback, which ASP.NET trusts out of the box).
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedClientAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new();
        var proxies = settings.KnownProxies
            .Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address : throw Invalid("KnownProxies", p)).ToList();
        var networks = settings.KnownNetworks
            .Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network : throw Invalid("KnownNetworks", n)).ToList();
        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // A chain of known proxies is walked back to the first address that is not one of them.
            options.ForwardLimit = null;
        });
        return services;
    }

    public static WebApplication UseForwardedClientAddress(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ForwardedHeadersSettings>().Any)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static InvalidOperationException Invalid(string name, string text) =>
        new($"{ForwardedHeadersSettings.Section}:{name} holds '{text}', which is not an IP address or network.");
}
