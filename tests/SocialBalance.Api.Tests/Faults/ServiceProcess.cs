using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// The built service as a separate OS process on a loopback port, as it runs in production: <c>dotnet
/// SocialBalance.Api.dll</c> from the folder it was built into (the test project references the API project,
/// so the dll, its runtimeconfig and appsettings.json sit beside the test assembly). It can be killed
/// (SIGKILL, no shutdown hooks) and started again on the same SQLite file.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
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

    /// <summary>Starts the service on <paramref name="sqliteFile"/> and waits (at most a minute) until it is ready.</summary>
    public static async Task<ServiceProcess> StartAsync(string sqliteFile, string adminKey, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = AppContext.BaseDirectory;
        var dll = Path.Combine(folder, "SocialBalance.Api.dll");
        Assert.True(File.Exists(dll) && File.Exists(Path.Combine(folder, "SocialBalance.Api.runtimeconfig.json")),
            $"The built service is not beside the tests: {dll}");

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(DotnetHost(), [dll, "--urls", address.ToString().TrimEnd('/'), "--contentRoot", folder])
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Sqlite",
            ["Database__SqliteFile"] = sqliteFile,
            ["Database__SeedDemoData"] = "false",
            ["Auth__BootstrapAdminKey"] = adminKey,
            ["Limits__WritesPerMinute"] = "100000",
            ["Limits__AnonymousReadsPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
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
            await service.WaitUntilReadyAsync();
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
        var client = new HttpClient { BaseAddress = Address, Timeout = timeout };
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

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"The service exited with {(process.HasExited ? process.ExitCode : 0)}: {Output}");
            try
            {
                using var response = await client.GetAsync("/api/v1/indicators");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The service did not become ready within a minute: {Output}");
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
