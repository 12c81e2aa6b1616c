namespace SocialBalance.Api.Tests.Infrastructure.Contract;

/// <summary>
/// How many answers the contract check saw in this test run, written when the run ends to
/// <c>contract-check.txt</c> beside the test assembly (and to standard error), so a run can say how much it checked.
/// </summary>
public static class ContractCheckCount
{
    private static int passed;
    private static int failed;

    static ContractCheckCount() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Write();

    public static int Passed => Volatile.Read(ref passed);

    public static int Failed => Volatile.Read(ref failed);

    public static void Add(bool valid) => Interlocked.Increment(ref valid ? ref passed : ref failed);

    private static void Write()
    {
        var line = $"contract check: {Passed} responses validated against {ContractDocument.File}, {Failed} violated it";
        Console.Error.WriteLine(line);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "contract-check.txt"), line + Environment.NewLine);
    }
}
