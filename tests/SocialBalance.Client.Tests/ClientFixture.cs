using Microsoft.Kiota.Http.HttpClientLibrary;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Tests;

/// <summary>
/// The service in process on a SQLite database of its own, loaded with the demo figures a fresh install has, and
/// typed clients on it. Their HttpClients carry Kiota's default handlers, as <see cref="SocialBalanceClientFactory.CreateHttpClient"/>
/// gives a municipal developer, so the clients are tested as shipped.
/// </summary>
public class ClientFixture : ApiFixture<SqliteTestDatabase>
{
    protected override bool SeedDemoData => true;

    /// <summary>The journeys make a few dozen writes a minute with one key; the write limit has its own test.</summary>
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Limits:WritesPerMinute"] = "1000",
    };

    /// <summary>HTTPS, as in production: Kiota sends an API key over nothing else.</summary>
    public static readonly Uri BaseAddress = new("https://localhost/");

    /// <summary>An HttpClient to the in-process service through Kiota's default handlers.</summary>
    public HttpClient CreateKiotaHttpClient() =>
        CreateDefaultClient(BaseAddress, KiotaClientFactory.CreateDefaultHandlers().ToArray());

    /// <summary>A Kiota client without a key (reads), or with <paramref name="apiKey"/> (writes).</summary>
    public SocialBalanceClient Client(string? apiKey = null) => SocialBalanceClientFactory.Create(CreateKiotaHttpClient(), apiKey);

    /// <summary>A client with the bootstrap admin key from configuration.</summary>
    public SocialBalanceClient Admin() => Client(TestKeys.BootstrapAdmin);

    /// <summary>A new key of <paramref name="organisation"/>, made by the admin through the client, and a client writing with it.</summary>
    public async Task<(SocialBalanceClient Client, CreatedApiKeyResponse Created)> NewKeyAsync(string organisation, string name, ApiKeyRole role = ApiKeyRole.Reporter)
    {
        var created = await Admin().Api.V1.Admin.ApiKeys.PostAsync(new CreateApiKeyRequest { Organisation = organisation, Role = role, Name = name });
        Assert.NotNull(created?.Key);
        return (Client(created.Key), created);
    }
}

/// <summary>The service allowing only <see cref="ReadsPerMinute"/> anonymous reads a minute, to meet its 429.</summary>
public sealed class ThrottledClientFixture : ClientFixture
{
    public const int ReadsPerMinute = 2;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Limits:AnonymousReadsPerMinute"] = ReadsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
