using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.InputRules;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Errors;

namespace SocialBalance.Api.Features.Themes;

/// <summary>A theme's link to its effect goal, as the administration edits it; its ETag is <c>"v{version}"</c>.</summary>
/// <param name="Theme">The theme's code.</param>
/// <param name="EffectGoal">The effect goal the theme counts towards.</param>
/// <param name="Version">Raised by every update; the ETag.</param>
public sealed record ThemeLinkRecord(string Theme, string EffectGoal, int Version);

/// <summary>The effect goal a theme should count towards.</summary>
/// <param name="EffectGoal">An effect goal code (see /api/v1/effect-goals).</param>
public sealed record ThemeLinkRequest(string EffectGoal);

public sealed class ThemeLinkRequestValidator : AbstractValidator<ThemeLinkRequest>
{
    public ThemeLinkRequestValidator(ReferenceCodeQueries codes) =>
        RuleFor(r => r.EffectGoal).NotEmpty().MustBeKnownCode(codes, CodeTable.EffectGoal, "/api/v1/effect-goals");
}

/// <summary>
/// The theme → effect goal link is data (the council's text does not fix it), so the municipality moves a theme
/// without a release. Themes themselves are the council's nine and are not created here.
/// </summary>
public sealed class ThemeAdminQueries(DbConnectionFactory db) : ISqlStatementSource
{
    private const string Get = "SELECT code AS theme, effect_goal_code AS effect_goal, version FROM theme WHERE code = @Code";
    private const string Update = "UPDATE theme SET effect_goal_code = @EffectGoal, version = version + 1 WHERE code = @Code AND version = @Version";

    public static IEnumerable<string> Statements(SqlDialect dialect) => [Get, Update];

    public async Task<ThemeLinkRecord?> GetAsync(string code, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Get, new { Code = db.Dialect.Code(code) }, cancellationToken: ct));
        return row is null ? null : new ThemeLinkRecord(row.Theme, row.EffectGoal, row.Version);
    }

    public async Task<bool> UpdateAsync(string code, string effectGoal, int version, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(Update, new
        {
            Code = db.Dialect.Code(code),
            EffectGoal = db.Dialect.Code(effectGoal),
            Version = version,
        }, cancellationToken: ct)) == 1;
    }

    private sealed class Row
    {
        public string Theme { get; init; } = "";
        public string EffectGoal { get; init; } = "";
        public int Version { get; init; }
    }
}

public static class ThemeAdminApi
{
    public static RouteGroupBuilder MapThemeAdministration(this RouteGroupBuilder admin)
    {
        admin.MapGet("/themes/{code:code}/effect-goal", GetThemeLink)
            .WithName(nameof(GetThemeLink))
            .WithSummary("A theme's effect goal, with its ETag")
            .WithDescription("Send the ETag back in If-Match when moving the theme to another effect goal.")
            .ProducesNotFoundProblem();

        admin.MapPut("/themes/{code:code}/effect-goal", UpdateThemeLink)
            .WithName(nameof(UpdateThemeLink))
            .WithSummary("Move a theme to another effect goal (If-Match required)")
            .WithDescription("The theme's verdicts then count towards the new effect goal. If-Match: missing → 428, stale → 412.")
            .Validate<ThemeLinkRequest>();

        return admin;
    }

    public static async Task<Results<Versioned<ThemeLinkRecord>, ProblemHttpResult>> GetThemeLink(string code, ThemeAdminQueries queries, CancellationToken ct) =>
        await queries.GetAsync(code, ct) is { } link
            ? new Versioned<ThemeLinkRecord>(link, link.Version)
            : Problems.NotFound("theme", code, "/api/v1/themes");

    public static Task<VersionedUpdateResult<ThemeLinkRecord>> UpdateThemeLink(string code, ThemeLinkRequest request, HttpRequest http, ThemeAdminQueries queries, CancellationToken ct) =>
        VersionedUpdate.RunAsync(
            http,
            async () => (await queries.GetAsync(code, ct))?.Version,
            version => queries.UpdateAsync(code, request.EffectGoal, version, ct),
            async () => (await queries.GetAsync(code, ct)) is { } t ? (t, t.Version) : throw new InvalidOperationException("The theme vanished."),
            () => Problems.NotFound("theme", code, "/api/v1/themes"));
}
