using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Declares each property marked <see cref="ClosedVocabularyAttribute"/> as a reference to its enum schema (or that
/// schema or null, when the property may be null), so a generated client gets an enum, not a string.
/// </summary>
public sealed class ClosedVocabularySchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties })
        {
            return;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var (property, vocabulary) in Marked(context.Type))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!properties.TryGetValue(name, out var declared))
            {
                continue;
            }

            var reference = Reference(vocabulary, context);
            properties[name] = nullability.Create(property).ReadState == NullabilityState.Nullable
                ? new OpenApiSchema { Description = declared.Description, AnyOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }] }
                : new OpenApiSchemaReference(reference.Reference.Id!, reference.Reference.HostDocument) { Description = declared.Description };
        }
    }

    /// <summary>The reference to the vocabulary's enum schema, registered on first use.</summary>
    public static OpenApiSchemaReference Reference(ClosedVocabularyAttribute vocabulary, SchemaFilterContext context) =>
        Reference(vocabulary, context.SchemaGenerator, context.SchemaRepository);

    public static OpenApiSchemaReference Reference(ClosedVocabularyAttribute vocabulary, ISchemaGenerator generator, SchemaRepository repository)
    {
        if (vocabulary.Source.IsEnum)
        {
            return (OpenApiSchemaReference)generator.GenerateSchema(vocabulary.Source, repository);
        }

        if (!repository.Schemas.ContainsKey(vocabulary.SchemaName))
        {
            repository.AddDefinition(vocabulary.SchemaName, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = Codes(vocabulary).Select(code => (JsonNode)JsonValue.Create(code)).ToList(),
            });
        }

        return new OpenApiSchemaReference(vocabulary.SchemaName);
    }

    private static IEnumerable<string> Codes(ClosedVocabularyAttribute vocabulary)
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        var source = vocabulary.Source;
        var codes = (object?)source.GetField(vocabulary.Member, Static)?.GetValue(null) ?? source.GetProperty(vocabulary.Member, Static)?.GetValue(null);
        return codes as IEnumerable<string>
            ?? throw new InvalidOperationException($"{source.Name} has no static '{vocabulary.Member}' list of codes for its closed vocabulary.");
    }

    /// <summary>The marked properties of a type; a positional record's attribute sits on its constructor parameter.</summary>
    private static IEnumerable<(PropertyInfo Property, ClosedVocabularyAttribute Vocabulary)> Marked(Type type)
    {
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => p.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.GetCustomAttribute<ClosedVocabularyAttribute>()).FirstOrDefault(a => a is not null));
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var vocabulary = property.GetCustomAttribute<ClosedVocabularyAttribute>() ?? parameters.GetValueOrDefault(property.Name);
            if (vocabulary is not null)
            {
                yield return (property, vocabulary);
            }
        }
    }
}

/// <summary>Declares a query parameter marked <see cref="ClosedVocabularyAttribute"/> in a handler's query record as its enum.</summary>
public sealed class ClosedVocabularyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null || context.MethodInfo is null)
        {
            return;
        }

        var marked = context.MethodInfo.GetParameters()
            .Where(p => p.GetCustomAttribute<Microsoft.AspNetCore.Http.AsParametersAttribute>() is not null)
            .SelectMany(p => p.ParameterType.GetConstructors().SelectMany(c => c.GetParameters()))
            .Select(p => (Name: p.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>()?.Name ?? p.Name!, Vocabulary: p.GetCustomAttribute<ClosedVocabularyAttribute>()))
            .Where(p => p.Vocabulary is not null)
            .ToDictionary(p => p.Name, p => p.Vocabulary!, StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is not null && marked.TryGetValue(parameter.Name, out var vocabulary))
            {
                parameter.Schema = ClosedVocabularySchemaFilter.Reference(vocabulary, context.SchemaGenerator, context.SchemaRepository);
            }
        }
    }
}
