using Dapper;
using SocialBalance.Api.Infrastructure.Database.DemoData;
using SocialBalance.Api.Infrastructure.Observability;

namespace SocialBalance.Api.Infrastructure.Database;

public static class DatabaseSetup
{
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Snake-case columns map onto PascalCase properties without an alias in every query.
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        DateTimeOffsetHandler.Register();

        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton(_ => DbConnectionFactory.FromConfiguration(options, configuration, environment.ContentRootPath));
        return services;
    }

    /// <summary>Migrates the schema and, where configured, loads the demo figures, before the first request.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var factory = app.Services.GetRequiredService<DbConnectionFactory>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SocialBalance.Database");

        var journalMode = await new JournalModeQueries(factory).UseWriteAheadLogAsync(CancellationToken.None);
        if (journalMode is not null && !journalMode.Equals("wal", StringComparison.OrdinalIgnoreCase))
        {
            ServiceLog.NoWriteAheadLog(logger, journalMode);
        }

        var applied = MigrationRunner.Migrate(factory, logger);
        ServiceLog.DatabaseReady(logger, factory.Provider.ToString(), applied.Count);

        if (options.ShouldSeedDemoData)
        {
            var inserted = await DemoDataSeeder.SeedAsync(factory, TimeProvider.System, CancellationToken.None);
            if (inserted > 0)
            {
                ServiceLog.DemoFiguresLoaded(logger, inserted);
            }

            // Content such as targets only makes sense beside the demo figures; it never goes into a real database unasked.
            foreach (var seed in app.Services.GetServices<IDemoDataSeed>())
            {
                var loaded = await seed.SeedAsync(factory, TimeProvider.System, CancellationToken.None);
                if (loaded > 0)
                {
                    ServiceLog.DemoContentLoaded(logger, loaded, seed.What);
                }
            }
        }

        // After the demo figures, so the statistics describe the tables as the first requests find them. Only an
        // optimisation: a start never fails on it.
        try
        {
            await new PlannerStatisticsQueries(factory).RefreshAsync(CancellationToken.None);
        }
        catch (System.Data.Common.DbException ex)
        {
            ServiceLog.PlannerStatisticsNotRefreshed(logger, ex);
        }
    }
}
