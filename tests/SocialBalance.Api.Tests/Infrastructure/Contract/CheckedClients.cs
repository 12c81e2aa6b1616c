using Microsoft.AspNetCore.Mvc.Testing;

namespace SocialBalance.Api.Tests.Infrastructure.Contract;

/// <summary>Clients whose every answer is checked against the contract (<see cref="ContractCheckingHandler"/>).</summary>
public static class CheckedClients
{
    /// <summary>A client of the in-process service, e.g. of a factory made with other settings by WithWebHostBuilder.</summary>
    public static HttpClient CreateCheckedClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateDefaultClient(new ContractCheckingHandler());

    /// <summary>A client of a service process over real HTTP.</summary>
    public static HttpClient Over(Uri address, TimeSpan? timeout = null) =>
        new(new ContractCheckingHandler(new HttpClientHandler())) { BaseAddress = address, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
}
