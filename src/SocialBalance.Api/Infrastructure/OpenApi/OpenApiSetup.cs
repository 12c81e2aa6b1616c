using System.Reflection;
using Microsoft.OpenApi;

namespace SocialBalance.Api.Infrastructure.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/swagger/v1/swagger.json";

    private const string Description = """
        Open data on social balance in Gladsaxe Kommune: the City Council's ambition for 2030, its three
        effect goals and nine themes, the areas it follows (the municipality, the three Social Balance areas
        Høje Gladsaxe, Mørkhøj almene boliger and Værebro Park, and Pileparkerne), the indicators that
        measure each theme, and their yearly figures.

        Codes (such as `vaerebro-park` or `outside-work-education`) are the public identifiers; every name
        comes in Danish (`da`) and English (`en`). Every list also answers as CSV (RFC 4180, invariant-culture
        numbers) when asked with `Accept: text/csv` or `?format=csv` (`bom=true` adds a UTF-8 byte-order mark), and
        as a spreadsheet (XLSX) with `?format=xlsx` or its media type in Accept. Errors are problem details (RFC 9457,
        `application/problem+json`); a validation problem names each field that is wrong in `errors`.

        Figures marked `illustrative` are demo figures and never official statistics.
        """;

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Social Balance API",
                Version = "v1",
                Description = Description,
                Contact = new OpenApiContact { Name = "Gladsaxe Kommune" },
                License = new OpenApiLicense { Name = "Data: CC BY 4.0", Url = new Uri("https://creativecommons.org/licenses/by/4.0/") },
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }

            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.AddServer(new OpenApiServer { Url = "/", Description = "This service" });
            options.SchemaFilter<NullableReferenceSchemaFilter>();
            options.SchemaFilter<ClosedVocabularySchemaFilter>();
            options.SchemaFilter<ValidatorLimitsSchemaFilter>();
            options.SchemaFilter<ProblemDetailsSchemaFilter>();
            options.OperationFilter<QueryParameterDescriptions>();
            options.OperationFilter<ValidatorLimitsOperationFilter>();
            options.OperationFilter<ClosedVocabularyOperationFilter>();
            options.OperationFilter<CsvAlternativeOperationFilter>();
            options.OperationFilter<ProblemResponsesOperationFilter>();
            options.OperationFilter<ApiKeySecurityOperationFilter>();
            options.OperationFilter<IdempotencyOperationFilter>();
            options.OperationFilter<RowProblemsOperationFilter>();
            options.OperationFilter<ConditionalGetOperationFilter>();
            options.OperationFilter<ResponseHeadersOperationFilter>();
            options.OperationFilter<RequestExamplesOperationFilter>();
            options.DocumentFilter<TagOrderDocumentFilter>();
            options.AddSecurityDefinition(Auth.ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Auth.ApiKeyAuthenticationHandler.HeaderName,
                Description = "An organisation's API key (writes only; reads are anonymous). Keys are created by an admin at /api/v1/admin/api-keys and shown once.",
            });
        });
        services.AddSingleton<CachedOpenApiDocument>();
        services.AddSingleton<ValidatorLimits>();
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.MapGet(DocumentPath, (CachedOpenApiDocument document) => Results.Text(document.Json, "application/json"))
            .ExcludeFromDescription();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, "Social Balance API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "Social Balance API";
        });
        return app;
    }
}
