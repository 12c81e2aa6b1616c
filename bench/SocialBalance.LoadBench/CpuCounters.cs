using System.Globalization;

namespace SocialBalance.LoadBench;

/// <summary>
/// One reading of the kernel's CPU counters, in clock ticks: the machine's busy and total time over all CPUs
/// (<c>/proc/stat</c>), the bench's own processes' time, and the local database server's.
/// </summary>
public readonly record struct CpuReading(long Busy, long Total, long Own, long DatabaseServer);

/// <summary>What the CPU did between two readings, as percentages of the machine's whole capacity (all CPUs).</summary>
public readonly record struct CpuShare(double Others, double DatabaseServer);

/// <summary>
/// Reads who used the CPU during a run. Own processes: the bench itself (with the ceiling inside it), the child
/// processes it has reaped (wrk: the kernel adds a child's time to its parent's when the parent waits for it, so
/// a wrk that has exited is still counted), and the two services. On SQL Server the database server's processes on
/// this machine (<c>postgres</c> for the stand-in, <c>sqlservr</c>) are counted apart: they work for the bench, and
/// for anyone else using the same server.
/// </summary>
public static class CpuCounters
{
    private static readonly string[] DatabaseServerNames = ["postgres", "sqlservr"];

    public static CpuReading Read(IReadOnlyList<int> services, bool countDatabaseServer)
    {
        var (busy, total) = Machine();
        var own = Times(Environment.ProcessId) + services.Sum(Times);
        var database = countDatabaseServer ? DatabaseServer() : 0;
        return new CpuReading(busy, total, own, database);
    }

    public static CpuShare Between(CpuReading start, CpuReading end)
    {
        double total = end.Total - start.Total;
        if (total <= 0)
        {
            return new CpuShare(double.NaN, double.NaN);
        }

        var database = end.DatabaseServer - start.DatabaseServer;
        var others = end.Busy - start.Busy - (end.Own - start.Own) - database;
        return new CpuShare(others / total, database / total);
    }

    /// <summary>The first line of /proc/stat: user nice system idle iowait irq softirq steal (guest time is inside user).</summary>
    private static (long Busy, long Total) Machine()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        return (total - fields[3] - fields[4], total);
    }

    /// <summary>utime + stime + cutime + cstime of one process (its reaped children included), 0 once it is gone.</summary>
    private static long Times(int pid) => Stat(pid) is { } fields ? fields.Times : 0;

    private static long DatabaseServer()
    {
        long sum = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Stat(pid) is { } fields && DatabaseServerNames.Contains(fields.Name))
            {
                sum += fields.Times;
            }
        }

        return sum;
    }

    /// <summary>
    /// /proc/PID/stat: "pid (name) state ppid …"; the name may hold spaces, so fields are counted after the last
    /// ')'. utime, stime, cutime and cstime are fields 14–17, the 12th to 15th after the name.
    /// </summary>
    private static (string Name, long Times)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // exited between listing and reading
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        var fields = text[(close + 2)..].Split(' ');
        var times = fields.Skip(11).Take(4).Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
        return (text[(open + 1)..close], times);
    }
}
