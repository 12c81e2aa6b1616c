using SocialBalance.Api.Infrastructure.Auth;

namespace SocialBalance.Api.Tests.Features.Auth;

public sealed class BootstrapAdminKeyTests
{
    [Fact]
    public void A_short_bootstrap_key_stops_the_start()
    {
        Assert.Throws<InvalidOperationException>(() => new BootstrapAdminKey(new AuthOptions { BootstrapAdminKey = "admin" }));
    }

    [Fact]
    public void Without_configuration_there_is_no_admin_key_at_all()
    {
        var none = new BootstrapAdminKey(new AuthOptions());

        Assert.False(none.IsConfigured);
        Assert.False(none.Matches(""));
        Assert.False(none.Matches("admin"));
    }

    [Fact]
    public void Generated_keys_match_only_themselves()
    {
        var one = ApiKeySecrets.Generate();
        var two = ApiKeySecrets.Generate();

        Assert.True(ApiKeySecrets.Matches(one.Key, one.Salt, one.Hash));
        Assert.False(ApiKeySecrets.Matches(two.Key, one.Salt, one.Hash));
        Assert.NotEqual(one.Prefix, two.Prefix);
        Assert.Equal(one.Prefix, ApiKeySecrets.PrefixOf(one.Key));
        Assert.Null(ApiKeySecrets.PrefixOf("sbk_short"));
    }
}
