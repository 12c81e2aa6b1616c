using CsCheck;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Infrastructure.Caching;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>
/// The service with the bug the property guards against: its derived endpoints read their figures (through
/// <see cref="AnalysisInputQueries"/>, as always) from a copy of the database in which no figure is retracted, refreshed
/// before every request. That is what the derived reads would see without their <c>retracted_at IS NULL</c>;
/// /observations and every write still use the database itself.
/// </summary>
/// <remarks>
/// On SQLite only: the copy is made with SQLite's online backup. The property runs on both providers; what makes it
/// fail here is the figures the derived endpoints are given, not the engine.
/// </remarks>
public sealed class RetractionBlindFixture : DerivedFiguresFixture<SqliteTestDatabase>
{
    private readonly string copy = Path.Combine(Path.GetTempPath(), $"socialbalance-blind-{Guid.NewGuid():N}.db");
    private (long Catalogue, long Data)? copied;

    private string CopyConnectionString => new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(provider => new AnalysisInputQueries(
                new DbConnectionFactory(DatabaseProvider.Sqlite, CopyConnectionString), provider.GetRequiredService<DataVersionTracker>()));
            services.AddSingleton<IStartupFilter>(new RefreshFirst(this));
        });
    }

    /// <summary>
    /// Copies the database (SQLite's online backup) and un-retracts every figure in the copy, unless nothing has
    /// changed since the last copy (the service's own change counters say so).
    /// </summary>
    private async Task RefreshCopyAsync(DbConnectionFactory primary)
    {
        await using var source = (SqliteConnection)await primary.OpenAsync(CancellationToken.None);
        var version = await source.QuerySingleAsync<(long, long)>("SELECT catalogue_version, data_version FROM data_change WHERE id = 1");
        if (version == copied)
        {
            return;
        }

        await using var target = new SqliteConnection(CopyConnectionString);
        await target.OpenAsync();
        await target.ExecuteAsync("PRAGMA synchronous = OFF");
        source.BackupDatabase(target);
        await target.ExecuteAsync("UPDATE observation SET retracted_at = NULL");
        copied = version;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(copy);
    }

    private sealed class RefreshFirst(RetractionBlindFixture fixture) : IStartupFilter, IDisposable
    {
        private readonly SemaphoreSlim refreshing = new(1, 1);

        public void Dispose() => refreshing.Dispose();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var primary = app.ApplicationServices.GetRequiredService<DbConnectionFactory>();
            app.Use(async (context, rest) =>
            {
                await refreshing.WaitAsync();
                try
                {
                    await fixture.RefreshCopyAsync(primary);
                }
                finally
                {
                    refreshing.Release();
                }

                await rest(context);
            });
            next(app);
        };
    }
}

/// <summary>
/// The property can fail, and fails for the right reason: against a service whose derived reads ignore retractions it
/// finds a scenario in which a retracted figure feeds a derived answer, while scenarios without a retraction pass.
/// </summary>
public sealed class RetractionBlindTests(RetractionBlindFixture fixture, ITestOutputHelper output) : IClassFixture<RetractionBlindFixture>
{
    [Fact]
    public async Task The_property_finds_a_derived_answer_fed_by_a_retracted_figure()
    {
        var property = await DerivedFiguresProperty.CreateAsync(fixture);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            ScenarioGen.Scenarios(DerivedFiguresPropertyTests<SqliteTestDatabase>.MaxSteps)
                .SampleAsync(property.RunAsync, iter: 20, threads: 1, print: s => s.ToString()));

        output.WriteLine($"{failure.Message}\n{failure.InnerException?.Message}");
        Assert.Contains("CsCheck_Seed=", failure.Message, StringComparison.Ordinal);
        var found = failure.InnerException?.Message ?? "";
        Assert.Matches(@"step \d+: retract \S+ → 204", found);
        Assert.Contains("differ from the Analysis library on the figures /observations shows", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_retraction_the_blind_service_passes_so_the_failure_is_the_retractions_doing()
    {
        var property = await DerivedFiguresProperty.CreateAsync(fixture);

        await ScenarioGen.Scenarios(DerivedFiguresPropertyTests<SqliteTestDatabase>.MaxSteps)
            .Select(s => s with { Steps = [.. s.Steps.Where(step => step is not RetractFigure)] })
            .SampleAsync(property.RunAsync, iter: 4, threads: 1, print: s => s.ToString());

        Assert.Equal(4, property.Counts.Scenarios);
    }
}
