using System.Globalization;
using System.Reflection;
using DbUp;
using DbUp.Builder;
using DbUp.Engine.Output;
using SocialBalance.Api.Infrastructure.Observability;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>
/// Applies the numbered scripts under <c>db/sqlite</c> or <c>db/sqlserver</c>, embedded in this assembly.
/// DbUp's journal records each applied script, so a second start applies nothing.
/// </summary>
public static class MigrationRunner
{
    public static IReadOnlyList<string> ScriptNames(DatabaseProvider provider) =>
        typeof(MigrationRunner).Assembly.GetManifestResourceNames()
            .Where(name => name.Contains(ResourceFolder(provider), StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Migrate(DbConnectionFactory factory, ILogger logger)
    {
        var folder = ResourceFolder(factory.Provider);
        UpgradeEngineBuilder builder;
        if (factory.Provider == DatabaseProvider.SqlServer)
        {
            EnsureDatabase.For.SqlDatabase(factory.ConnectionString, new UpgradeLog(logger));
            builder = DeployChanges.To.SqlDatabase(factory.ConnectionString);
        }
        else
        {
            builder = DeployChanges.To.SqliteDatabase(factory.ConnectionString);
        }

        var engine = builder
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.Contains(folder, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogTo(new UpgradeLog(logger))
            .Build();

        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Database migration failed at {result.ErrorScript?.Name}.", result.Error);
        }

        return result.Scripts.Select(s => s.Name).ToList();
    }

    private static string ResourceFolder(DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer ? ".db.sqlserver." : ".db.sqlite.";

    /// <summary>
    /// Sends DbUp's messages to the application log instead of the console. DbUp passes composite format strings
    /// ("{0}"), not message templates, so they are formatted here and logged as one value.
    /// </summary>
    private sealed class UpgradeLog(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) => Write(LogLevel.Trace, null, format, args);

        public void LogDebug(string format, params object[] args) => Write(LogLevel.Debug, null, format, args);

        public void LogInformation(string format, params object[] args) => Write(LogLevel.Information, null, format, args);

        public void LogWarning(string format, params object[] args) => Write(LogLevel.Warning, null, format, args);

        public void LogError(string format, params object[] args) => Write(LogLevel.Error, null, format, args);

        public void LogError(Exception ex, string format, params object[] args) => Write(LogLevel.Error, ex, format, args);

        private void Write(LogLevel level, Exception? exception, string format, object[] args)
        {
            if (logger.IsEnabled(level))
            {
                ServiceLog.Migration(logger, level, exception, args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
            }
        }
    }
}
