using SocialBalance.Api.Tests.Faults;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// What an operator sees when the published service starts: a warning that says how to set the admin key when none
/// is configured (none when one is), JSON lines in Production and readable lines in Development.
/// </summary>
public sealed class OperatorStartTests : IDisposable
{
    private const string Warning = "No admin key is configured (Auth:BootstrapAdminKey)";
    private readonly string folder = Directory.CreateTempSubdirectory("socialbalance-operator-").FullName;

    private async Task<ServiceProcess> StartAsync(string environment, string adminKey) =>
        await ServiceProcess.StartFromAsync(await PublishedOutput.FolderAsync(), adminKey, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["Database__Provider"] = "Sqlite",
            ["Database__SqliteFile"] = Path.Combine(folder, $"{environment}-{adminKey.Length}.db"),
            ["Database__SeedDemoData"] = "false",
        }, TimeSpan.FromMinutes(1));

    /// <summary>The output once the line naming <paramref name="text"/> has arrived (output is read asynchronously).</summary>
    private static async Task<string[]> LinesAsync(ServiceProcess service, string text)
    {
        for (var i = 0; i < 50 && !service.Output.Contains(text, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }

        return service.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Fact]
    public async Task In_production_without_an_admin_key_a_json_warning_says_how_to_set_one()
    {
        using var service = await StartAsync("Production", adminKey: "");

        var lines = await LinesAsync(service, Warning);

        var warning = lines.Select(line => JsonDocument.Parse(line).RootElement)
            .Single(entry => entry.GetProperty("Message").GetString()!.StartsWith(Warning, StringComparison.Ordinal));
        Assert.Equal("Warning", warning.GetProperty("LogLevel").GetString());
        Assert.Contains("Auth__BootstrapAdminKey=", warning.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.Contains("at least 32 characters", warning.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_warning_is_a_readable_line()
    {
        using var service = await StartAsync("Development", adminKey: "");

        var lines = await LinesAsync(service, Warning);

        var warning = Assert.Single(lines, line => line.Contains(Warning, StringComparison.Ordinal));
        Assert.Matches(@"^\d\d:\d\d:\d\d warn: ", warning);
        Assert.All(lines, line => Assert.False(line.StartsWith('{'), $"a JSON line in Development: {line}"));
    }

    [Fact]
    public async Task With_an_admin_key_there_is_no_warning()
    {
        using var service = await StartAsync("Production", adminKey: new string('k', 40));

        await Task.Delay(500);

        Assert.DoesNotContain(Warning, service.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A process that has just exited may still hold its database file for a moment; the temp folder is the OS's to clean.
        }
    }
}
