using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Health;

/// <summary>Ready means the database answers a query against the migrated schema.</summary>
public sealed class DatabaseHealthCheck(DbConnectionFactory db) : IHealthCheck, ISqlStatementSource
{
    private const string Probe = "SELECT COUNT(*) FROM effect_goal";

    /// <summary>The probe is the only statement.</summary>
    public static IEnumerable<string> Statements(SqlDialect dialect) => [Probe];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition(Probe, cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The reason stays in the log; the probe answer says only "Unhealthy".
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
