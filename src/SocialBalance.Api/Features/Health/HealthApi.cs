using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Health;

/// <summary>The state of the service and of each dependency it checked.</summary>
/// <param name="Status"><c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>.</param>
/// <param name="Checks">Each dependency checked, with its state (none for liveness).</param>
public sealed record HealthResponse(
    [ClosedVocabulary(typeof(HealthStates), "HealthState")] string Status, IReadOnlyDictionary<string, string> Checks);

/// <summary>The states a health report is in, as written (the enum's names, as the probes have always answered them).</summary>
public static class HealthStates
{
    public static IReadOnlyList<string> All { get; } = Enum.GetNames<HealthStatus>();
}

public static class HealthApi
{
    private const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddServiceHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);

    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");

        group.MapGet("/live", GetLiveness)
            .WithName(nameof(GetLiveness))
            .WithSummary("Is the process up?")
            .WithDescription("Answers 200 while the process runs. Checks no dependency, so a database outage never gets the service restarted.");

        group.MapGet("/ready", GetReadiness)
            .WithName(nameof(GetReadiness))
            .WithSummary("Can the service answer requests?")
            .WithDescription("Answers 200 when the database answers, else 503 with `Retry-After`: a load balancer sends no traffic until then.")
            .Produces<HealthResponse>(StatusCodes.Status200OK)
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

        return group;
    }

    public static Ok<HealthResponse> GetLiveness() =>
        TypedResults.Ok(new HealthResponse(nameof(HealthStatus.Healthy), new Dictionary<string, string>()));

    public static async Task<JsonHttpResult<HealthResponse>> GetReadiness(
        HealthCheckService health, HttpResponse response, CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), ct);
        var body = new HealthResponse(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()));
        if (report.Status == HealthStatus.Healthy)
        {
            return TypedResults.Json(body, statusCode: StatusCodes.Status200OK);
        }

        response.Headers.RetryAfter = "5";
        return TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
