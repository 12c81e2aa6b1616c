using System.Globalization;

namespace SocialBalance.LoadBench;

/// <summary>The kernel's load average: runnable and waiting tasks, averaged over the last minute.</summary>
public static class LoadAverage
{
    /// <summary>At or above this at a run's start the machine is busy with more than the bench.</summary>
    public const double Busy = 1.5;

    public static double OneMinute() => double.Parse(All()[0], CultureInfo.InvariantCulture);

    /// <summary>1, 5 and 15 minutes, as the kernel writes them.</summary>
    public static string Text() => string.Join(' ', All());

    private static string[] All() => File.ReadAllText("/proc/loadavg").Split(' ')[..3];
}
