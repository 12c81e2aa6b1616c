using System.Diagnostics;
using SocialBalance.Api.Tests.Faults;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Published;

/// <summary>
/// The folder build/publish.sh wrote: what the Dockerfile copies into the image and CI ships. CI publishes first and
/// names the folder in <c>SOCIALBALANCE_TEST_PUBLISHED</c>; without it the script runs once per test run.
/// </summary>
public static class PublishedOutput
{
    public const string EnvironmentVariable = "SOCIALBALANCE_TEST_PUBLISHED";
    public const string Script = "build/publish.sh";

    private static readonly Lazy<Task<string>> Folder = new(LocateOrPublishAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The published folder; the first caller waits for the publish, every later one gets the same folder.</summary>
    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> LocateOrPublishAsync()
    {
        var named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(named))
        {
            return await PublishAsync();
        }

        // CI names it relative to the repository root (out/publish); the tests run in their bin folder.
        var folder = Path.GetFullPath(named, RepositoryFiles.Root);
        Assert.True(File.Exists(Path.Combine(folder, ServiceProcess.Dll)),
            $"{EnvironmentVariable} names {folder}, which holds no {ServiceProcess.Dll}: publish with `bash {Script} {named}` first.");
        return folder;
    }

    private static async Task<string> PublishAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"socialbalance-published-{Guid.NewGuid():N}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(folder);

        var start = new ProcessStartInfo("bash", [Script, folder])
        {
            WorkingDirectory = RepositoryFiles.Root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // `dotnet test` hands its MSBuild settings down to the test host; a nested build must find its own.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        // No build servers or worker nodes left running after the tests.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"bash {Script} did not finish within 10 minutes:\n{await stdout}\n{await stderr}");
        }

        Assert.True(process.ExitCode == 0, $"bash {Script} {folder} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        Assert.True(File.Exists(Path.Combine(folder, ServiceProcess.Dll)), $"bash {Script} wrote no {ServiceProcess.Dll} to {folder}:\n{await stdout}");
        return folder;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
