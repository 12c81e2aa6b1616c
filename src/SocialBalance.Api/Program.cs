using System.Text.Json.Serialization;
using FluentValidation;
using SocialBalance.Api.Features.ApiKeys;
using SocialBalance.Api.Features.Areas;
using SocialBalance.Api.Features.Common;
using SocialBalance.Api.Features.EffectGoals;
using SocialBalance.Api.Features.Health;
using SocialBalance.Api.Features.Imports;
using SocialBalance.Api.Features.Indicators;
using SocialBalance.Api.Features.Observations;
using SocialBalance.Api.Features.Themes;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.Http;
using SocialBalance.Api.Infrastructure.Idempotency;
using SocialBalance.Api.Infrastructure.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddHttpProblems();
builder.Services.AddApiKeyAuth(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    // A field the caller may not set (organisation, status, revision, ids) must be refused, not ignored.
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Transient);
builder.Services.AddApiDocumentation();
builder.Services.AddServiceHealthChecks();

builder.Services.AddSingleton<ReferenceCodeQueries>();
builder.Services.AddSingleton<EffectGoalQueries>();
builder.Services.AddSingleton<ThemeQueries>();
builder.Services.AddSingleton<IndicatorQueries>();
builder.Services.AddSingleton<AreaQueries>();
builder.Services.AddSingleton<ObservationQueries>();
builder.Services.AddSingleton<ApiKeyQueries>();
builder.Services.AddSingleton<ObservationImportQueries>();
builder.Services.AddSingleton<ObservationHistoryQueries>();
builder.Services.AddSingleton<ObservationImporter>();
builder.Services.AddSingleton<IdempotencyStore>();
builder.Services.AddSingleton<ImportQueries>();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseHttpProblems();
app.UseApiDocumentation();
app.UseApiKeyAuth();
app.MapHealth();
app.MapEffectGoals();
app.MapThemes();
app.MapIndicators();
app.MapAreas();
app.MapObservations();
app.MapObservationWrites();
app.MapImports();
app.MapApiKeys();

app.Run();

/// <summary>The entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
