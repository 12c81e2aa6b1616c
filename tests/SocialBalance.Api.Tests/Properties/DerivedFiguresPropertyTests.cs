using System.Diagnostics;
using CsCheck;
using SocialBalance.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>The service without demo data (each scenario imports its own), with limits no scenario run reaches.</summary>
public class DerivedFiguresFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Limits:WritesPerMinute"] = "1000000",
        ["Limits:AnonymousReadsPerMinute"] = "1000000",
        // Each scenario starts from a reset made straight in the database, which a running instance would otherwise
        // see only within the data version's bound: with 0 it reads the version on every request.
        ["Limits:DataVersionMaxAge"] = "00:00:00",
    };
}

/// <summary>
/// Every figure that feeds a derived number is exactly a figure /observations shows at that moment: random
/// sequences of posts, updates, batch imports, retractions and admin changes (targets, theme links, indicator
/// directions and themes), and after each step every derived endpoint compared with the Analysis library applied
/// to the figures read back from /observations as CSV. A failure names the seed to replay it with
/// (<c>CsCheck_Seed</c>), the shortest failing scenario found, its steps as applied, and every answer that differs.
/// </summary>
public abstract class DerivedFiguresPropertyTests<TDatabase>(DerivedFiguresFixture<TDatabase> fixture, ITestOutputHelper output)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<DerivedFiguresFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    public const int MaxSteps = 8;

    /// <summary>Scenarios per run: as many as keep this test near a minute on the provider (CI has 2 cores).</summary>
    protected abstract int DefaultScenarios { get; }

    /// <summary>A longer soak can be asked for with <c>SOCIALBALANCE_PROPERTY_SCENARIOS</c>.</summary>
    private int Scenarios => int.TryParse(Environment.GetEnvironmentVariable("SOCIALBALANCE_PROPERTY_SCENARIOS"), out var n) && n > 0 ? n : DefaultScenarios;

    [SkippableFact]
    public async Task Every_derived_endpoint_is_computed_from_exactly_the_figures_observations_shows()
    {
        SkipUnlessAvailable();
        var property = await DerivedFiguresProperty.CreateAsync(Fixture);
        var clock = Stopwatch.StartNew();

        // One thread: the scenarios share the service's database and reset it at their start.
        await ScenarioGen.Scenarios(MaxSteps).SampleAsync(property.RunAsync, output.WriteLine, iter: Scenarios, threads: 1, print: s => s.ToString());

        var (scenarios, steps, answers) = property.Counts;
        output.WriteLine($"{scenarios} scenarios, {steps} steps, {answers} derived answers compared in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Scenarios, scenarios);
    }
}

public sealed class DerivedFiguresPropertySqliteTests(DerivedFiguresFixture<SqliteTestDatabase> fixture, ITestOutputHelper output)
    : DerivedFiguresPropertyTests<SqliteTestDatabase>(fixture, output)
{
    protected override int DefaultScenarios => 30;
}

public sealed class DerivedFiguresPropertySqlServerTests(DerivedFiguresFixture<SqlServerTestDatabase> fixture, ITestOutputHelper output)
    : DerivedFiguresPropertyTests<SqlServerTestDatabase>(fixture, output)
{
    protected override int DefaultScenarios => 15;
}
