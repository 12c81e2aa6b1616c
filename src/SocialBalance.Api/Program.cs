using System.Text.Json.Serialization;
using FluentValidation;
using SocialBalance.Api.Features.Administration;
using SocialBalance.Api.Features.Ambition;
using SocialBalance.Api.Features.ApiKeys;
using SocialBalance.Api.Features.Areas;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Charts;
using SocialBalance.Api.Features.Comparisons;
using SocialBalance.Api.Features.EffectGoals;
using SocialBalance.Api.Features.Health;
using SocialBalance.Api.Features.Imports;
using SocialBalance.Api.Features.Indicators;
using SocialBalance.Api.Features.ListStatus;
using SocialBalance.Api.Features.Observations.Reads;
using SocialBalance.Api.Features.Observations.Writes;
using SocialBalance.Api.Features.Organisations;
using SocialBalance.Api.Features.Progress;
using SocialBalance.Api.Features.StatusPage;
using SocialBalance.Api.Features.Targets;
using SocialBalance.Api.Features.Themes;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Caching;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.Database.DemoData;
using SocialBalance.Api.Infrastructure.Http.Binding;
using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Infrastructure.Http.Limits;
using SocialBalance.Api.Infrastructure.Http.Security;
using SocialBalance.Api.Infrastructure.Http.Uploads;
using SocialBalance.Api.Infrastructure.Idempotency;
using SocialBalance.Api.Infrastructure.Observability;
using SocialBalance.Api.Infrastructure.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseRequestSizeHeadroom();
var limits = builder.Configuration.GetSection(LimitOptions.Section).Get<LimitOptions>() ?? new LimitOptions();

builder.AddServiceTelemetry();

builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddHttpProblems();
builder.Services.AddForwardedClientAddress(builder.Configuration);
builder.Services.Configure<RouteOptions>(options => options.SetParameterPolicy<CodeRouteConstraint>(CodeRouteConstraint.Name));
builder.Services.AddApiKeyAuth(builder.Configuration);
// Enums go on the wire as kebab-case codes (target-achieved, insufficient-data), like every other code.
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
    // A field the caller may not set (organisation, status, revision, ids) must be refused, not ignored.
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    // {"value": 1, "value": 2} is ambiguous, and "81.5" is a text: both are refused, never guessed at.
    options.SerializerOptions.AllowDuplicateProperties = false;
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
// Built once: a validator's rules are set up in its constructor (expression trees), and every one depends only on
// singletons; what a validation finds goes in its own context.
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
builder.Services.AddApiDocumentation();
builder.Services.AddServiceHealthChecks();
builder.Services.AddPublicReadCors();
builder.Services.AddServiceRateLimits(limits);
builder.Services.AddSingleton(limits);
builder.Services.AddSingleton(new ResponseCache(limits.ResponseCacheBytes));
builder.Services.AddSingleton<DataVersionQueries>();
builder.Services.AddSingleton(services => new DataVersionTracker(
    services.GetRequiredService<DataVersionQueries>(), TimeProvider.System, limits.CheckedDataVersionMaxAge()));
builder.Services.AddServiceRequestTimeouts(limits);

builder.Services.AddSingleton<ReferenceCodeQueries>();
builder.Services.AddSingleton<EffectGoalQueries>();
builder.Services.AddSingleton<ThemeQueries>();
builder.Services.AddSingleton<IndicatorQueries>();
builder.Services.AddSingleton<ISheetIndicators, SheetIndicatorCatalogue>();
builder.Services.AddSingleton(builder.Configuration.GetSection(SpreadsheetOptions.Section).Get<SpreadsheetOptions>() ?? new SpreadsheetOptions());
builder.Services.AddSingleton<AreaQueries>();
builder.Services.AddSingleton<ObservationQueries>();
builder.Services.AddSingleton<ObservationsById>();
builder.Services.AddSingleton<ObservationOrder>();
builder.Services.AddSingleton<ApiKeyQueries>();
builder.Services.AddSingleton<WriteTransactions>();
builder.Services.AddSingleton<ObservationWriteQueries>();
builder.Services.AddSingleton<ObservationWriter>();
builder.Services.AddSingleton<IDemoDataSeed, DemoTargets>();
builder.Services.AddSingleton<ObservationHistoryQueries>();
builder.Services.AddSingleton<ObservationImporter>();
builder.Services.AddSingleton<IdempotencyStore>();
builder.Services.AddSingleton<ImportQueries>();
builder.Services.AddSingleton<AreaAdminQueries>();
builder.Services.AddSingleton<IndicatorAdminQueries>();
builder.Services.AddSingleton<ThemeAdminQueries>();
builder.Services.AddSingleton<OrganisationQueries>();
builder.Services.AddSingleton<AnalysisInputQueries>();
builder.Services.AddSingleton<IKeptCatalogue>(services => services.GetRequiredService<AnalysisInputQueries>());
builder.Services.AddSingleton<TargetQueries>();
builder.Services.AddSingleton<TargetAdminQueries>();
builder.Services.AddSingleton<ListStatusQueries>();
builder.Services.AddSingleton(builder.Configuration.GetSection(ListStatusOptions.Section).Get<ListStatusOptions>() ?? new ListStatusOptions());

var app = builder.Build();

app.WarnWithoutAdminKey();
await app.PrepareDatabaseAsync();

// First: a request line or headers over the service's limits are refused before anything reads them.
app.UseMiddleware<RequestSizeLimitsMiddleware>();
app.UseForwardedClientAddress();
app.UseMiddleware<HeadRequests>();
// Routing after HEAD has become GET (left implicit, it would run first and answer HEAD with 405).
app.UseRouting();
app.UseHttpProblems();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseCors();
// Authentication names the key that the write rate limit counts; the body limit needs the endpoint.
app.UseApiKeyAuth();
app.UseRateLimiter();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseMiddleware<UploadCharsetMiddleware>();
app.UseRequestTimeouts();
app.UseMiddleware<CancelledCommandMiddleware>();
app.UseMiddleware<ConditionalGetMiddleware>();
app.UseMiddleware<BindingCheckMiddleware>();
app.UseApiDocumentation();
app.MapHealth();
app.MapEffectGoals();
app.MapThemes();
app.MapIndicators();
app.MapAreas();
app.MapObservations();
app.MapObservationWrites();
app.MapImports();
app.MapOrganisations();
app.MapAdministration();
app.MapComparisons();
app.MapTargets();
app.MapProgress();
app.MapAmbition();
app.MapListStatus();
app.MapCharts();
app.MapStatusPage();

app.Run();

/// <summary>The entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
