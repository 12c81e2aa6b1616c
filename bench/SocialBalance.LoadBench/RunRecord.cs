using System.Globalization;

namespace SocialBalance.LoadBench;

/// <summary>What a run was aimed at: the ceiling, the instance that keeps answers, or the one that computes every request.</summary>
public enum Target
{
    Ceiling,
    Kept,
    Computed,

    /// <summary>A fresh computing instance on the national list, with no other service running (<c>--alone</c>).</summary>
    ComputedAlone,
}

/// <summary>The targets' names in what the bench prints.</summary>
public static class Targets
{
    public static string Describe(this Target target) => target switch
    {
        Target.Ceiling => "ceiling",
        Target.Kept => "kept answers",
        Target.Computed => "every request computed",
        _ => "every request computed, alone",
    };
}

/// <summary>
/// One measured wrk run: what it ran against, in which round and position of the round's order, what wrk counted,
/// and what the machine was doing (the 1-minute load at its start, other processes' CPU during it).
/// </summary>
public sealed record RunRecord(
    string Engine, string Endpoint, string Path, int Bytes, int Round, int Position, Target Target,
    int Seconds, int Connections, WrkResult Result, double LoadAtStart, CpuShare Cpu, DateTimeOffset StartedUtc)
{
    public const string CsvHeader =
        "engine,endpoint,path,bytes,round,position,target,seconds,connections,requests_per_second,p99_ms,requests,non_2xx,socket_errors,load1_at_start,other_cpu_percent,database_server_cpu_percent,started_utc";

    public string ToCsv() => string.Join(',',
        Engine, Quote(Endpoint), Quote(Path), Number(Bytes), Number(Round), Number(Position), Target.ToString().ToLowerInvariant(),
        Number(Seconds), Number(Connections), Number(Result.RequestsPerSecond), Number(Result.P99Milliseconds), Number(Result.Requests),
        Number(Result.Errors), Number(Result.SocketErrors), Number(LoadAtStart), Number(Cpu.Others * 100), Number(Cpu.DatabaseServer * 100),
        StartedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
