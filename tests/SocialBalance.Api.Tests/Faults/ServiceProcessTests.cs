using System.Diagnostics;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Faults;

public sealed class ServiceProcessTests
{
    [Fact]
    public async Task A_service_that_exits_while_starting_fails_at_once_with_what_it_wrote()
    {
        // SqlServer without a connection string: the service refuses to start.
        var settings = new Dictionary<string, string> { ["Database__Provider"] = "SqlServer" };
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(
            () => ServiceProcess.StartFromAsync(AppContext.BaseDirectory, TestKeys.BootstrapAdmin, settings, TimeSpan.FromMinutes(5)));

        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"It took {clock.Elapsed} to notice.");
        Assert.Contains("exited with", failure.Message);
        Assert.Contains("ConnectionStrings:SocialBalance is not set", failure.Message);
    }
}
