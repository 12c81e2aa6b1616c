using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using SocialBalance.Api.Tests.Infrastructure.Contract;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// The service as a separate OS process on a loopback port, as it runs in production: <c>dotnet
/// SocialBalance.Api.dll</c> in the folder that holds it, as the Dockerfile runs it, so that folder is the content
/// root. By default that is the build beside the test assembly (the test project references the API project, so
/// the dll, its runtimeconfig and appsettings.json sit there); <see cref="StartFromAsync"/> takes any folder, e.g. the
/// output of build/publish.sh. It can be killed (SIGKILL, no shutdown hooks) and started again on the same database.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    public const string Dll = "SocialBalance.Api.dll";

    // Configuration the service reads from the environment: a developer's shell must not point a test
    // instance at another database, replica or environment.
    private static readonly string[] InheritedSettingPrefixes =
        ["Database__", "ConnectionStrings__", "Auth__", "Limits__", "ListStatus__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "OTEL_"];

    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>Starts the built service on <paramref name="sqliteFile"/> and waits (at most a minute) until it is ready.</summary>
    public static Task<ServiceProcess> StartAsync(string sqliteFile, string adminKey, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__SqliteFile"] = sqliteFile,
            ["Database__SeedDemoData"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return StartFromAsync(AppContext.BaseDirectory, adminKey, environment, TimeSpan.FromMinutes(1));
    }

    /// <summary>
    /// Starts the service in <paramref name="folder"/> (environment Production) with <paramref name="settings"/> as
    /// environment variables (<c>Database__Provider</c>, <c>ConnectionStrings__SocialBalance</c>, …), and waits until it
    /// answers, at most <paramref name="readyWithin"/>. Fails at once, with what it wrote, if the process exits first.
    /// </summary>
    /// <param name="wrapper">A command the service is started through (e.g. into a namespace of its own), or none.</param>
    public static async Task<ServiceProcess> StartFromAsync(
        string folder, string adminKey, IReadOnlyDictionary<string, string> settings, TimeSpan readyWithin, IReadOnlyList<string>? wrapper = null)
    {
        var dll = Path.Combine(folder, Dll);
        Assert.True(File.Exists(dll) && File.Exists(Path.Combine(folder, "SocialBalance.Api.runtimeconfig.json")),
            $"No service with its runtimeconfig in {folder}");

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        string[] command = [.. wrapper ?? [], DotnetHost(), Dll];
        var start = new ProcessStartInfo(command[0], command.Skip(1))
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (InheritedSettingPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                start.Environment.Remove(key);
            }
        }

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // The Dockerfile sets ASPNETCORE_HTTP_PORTS (all interfaces); a test listens on loopback only.
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
            ["Auth__BootstrapAdminKey"] = adminKey,
            ["Limits__WritesPerMinute"] = "100000",
            ["Limits__AnonymousReadsPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var service = new ServiceProcess(process, address);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilReadyAsync(readyWithin);
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    public HttpClient CreateClient(string apiKey, TimeSpan timeout)
    {
        var client = CheckedClients.Over(Address, timeout);
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>SIGKILL: the process gets no chance to finish, roll back or flush anything.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(process.WaitForExit(30_000), "The killed service did not exit.");
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(30_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < 64 * 1024)
            {
                output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan readyWithin)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var exited = process.WaitForExitAsync();
        var deadline = DateTime.UtcNow + readyWithin;
        while (DateTime.UtcNow < deadline)
        {
            var probe = ProbeAsync(client);
            if (await Task.WhenAny(probe, exited) == exited)
            {
                FailExited();
            }

            if (await probe)
            {
                return;
            }

            if (await Task.WhenAny(Task.Delay(100), exited) == exited)
            {
                FailExited();
            }
        }

        Assert.Fail($"The service did not become ready within {readyWithin}: {Output}");
    }

    /// <summary>A failed start (a migration error, a bad setting) ends the process: say so now, not after the deadline.</summary>
    private void FailExited()
    {
        // Without a timeout this also waits for the redirected output to be read to its end.
        process.WaitForExit();
        Assert.Fail($"The service exited with {process.ExitCode} before it was ready:\n{Output}");
    }

    private static async Task<bool> ProbeAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/health/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // Not listening yet.
        }
        catch (TaskCanceledException)
        {
            return false; // Still starting.
        }
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
