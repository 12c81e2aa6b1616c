using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SocialBalance.LoadBench;

public static class Processes
{
    public static async Task RunAsync(string file, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}");
        }
    }

    /// <summary>
    /// The published service on the generated database (<paramref name="database"/>: the settings that name it, as
    /// environment variables), with limits out of the way and quiet logs; with <paramref name="keepAnswers"/>
    /// false its answer cache keeps nothing, so every request does the whole work.
    /// </summary>
    public static Process StartService(string dll, string url, IReadOnlyDictionary<string, string> database, bool keepAnswers)
    {
        var info = new ProcessStartInfo("dotnet", $"{dll} --urls {url}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in database)
        {
            info.Environment[key] = value;
        }

        info.Environment["Database__SeedDemoData"] = "false";
        info.Environment["Limits__AnonymousReadsPerMinute"] = "1000000000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        if (!keepAnswers)
        {
            info.Environment["Limits__AnswerCacheBytes"] = "0";
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitForReadyAsync(string url)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The service did not become ready within a minute.");
    }

    /// <summary>The high-water mark of resident memory, as the kernel counted it.</summary>
    public static double PeakMemoryMegabytes(Process process)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kilobytes / 1024;
    }

    /// <summary>
    /// The resident memory now, split into the process's own pages (anonymous: heap, stacks, caches) and pages backed by
    /// files (the runtime, its libraries and, on SQLite, its shared-memory index); the peak counts both.
    /// </summary>
    public static ResidentMemory Resident(Process process)
    {
        var lines = File.ReadLines($"/proc/{process.Id}/status").ToList();
        double Megabytes(string field) => double.Parse(
            lines.First(l => l.StartsWith(field, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture) / 1024;
        return new ResidentMemory(Megabytes("RssAnon:"), Megabytes("RssFile:"));
    }

    /// <summary>
    /// Sets the high-water mark back to the present resident memory (writing 5 to clear_refs), so the next reading
    /// is the peak since now. False where the kernel does not allow it.
    /// </summary>
    public static bool ResetPeakMemory(Process process)
    {
        try
        {
            File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A loopback address nothing listens on now, so runs beside another bench do not collide.</summary>
    public static string FreeLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }

    /// <summary>Stops a service this bench started, and waits until it is gone.</summary>
    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }
}

public static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialBalance.Api.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from within the repository.");
    }
}
