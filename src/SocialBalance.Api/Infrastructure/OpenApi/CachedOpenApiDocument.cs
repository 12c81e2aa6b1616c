using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Builds the OpenAPI document once, on first request: the routes do not change while the process runs,
/// and Swashbuckle would otherwise rebuild it on every request.
/// </summary>
public sealed class CachedOpenApiDocument(ISwaggerProvider provider)
{
    private readonly Lazy<string> json = new(() => Serialize(provider.GetSwagger(OpenApiSetup.DocumentName)));

    public string Json => json.Value;

    private static string Serialize(OpenApiDocument document)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString();
    }
}
