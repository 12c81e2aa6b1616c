using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SocialBalance.Api.Tests.Infrastructure;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Features;

/// <summary>An unexpected failure is a plain 500 problem: no message, type or stack trace leaves the process.</summary>
public sealed class ErrorHandlingTests : IClassFixture<ApiFixture<SqliteTestDatabase>>
{
    private const string Secret = "Password=hunter2;Server=internal-db-07";
    private readonly WebApplicationFactory<Program> factory;

    public ErrorHandlingTests(ApiFixture<SqliteTestDatabase> fixture)
    {
        factory = fixture.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new ThrowingRoute())));
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_without_details()
    {
        using var client = factory.CreateCheckedClient();

        using var response = await client.GetAsync("/test-only/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("ThrowingRoute", body);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var client = factory.CreateCheckedClient();

        using var response = await client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_write_to_a_read_endpoint_is_a_405_problem()
    {
        using var client = factory.CreateCheckedClient();

        using var response = await client.DeleteAsync("/api/v1/areas/gladsaxe");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Adds a route that fails with a message that must never reach the client.</summary>
    private sealed class ThrowingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test-only/throw", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }
}
