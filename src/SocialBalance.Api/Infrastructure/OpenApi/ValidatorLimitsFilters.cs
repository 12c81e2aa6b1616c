using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>Writes a request body's validator limits into the properties of its schema.</summary>
public sealed class ValidatorLimitsSchemaFilter(ValidatorLimits validators) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties })
        {
            return;
        }

        var limits = validators.For(context.Type);
        foreach (var (name, property) in properties.ToList())
        {
            if (!limits.TryGetValue(name, out var limit))
            {
                continue;
            }

            if (limit.EachTextMaxLength is { } each)
            {
                properties[name] = EachTextLimited(property, each, context.SchemaRepository);
            }
            else if (property is OpenApiSchema plain)
            {
                ValidatorLimitsWriter.Write(plain, limit);
            }
        }
    }

    /// <summary>
    /// The referenced object (alone, or inside "or null") with a limit on each of its texts, as a named schema of its
    /// own (<c>LocalizedTextMax200</c>): the shared schema stays as answers have it, and a generated client gets a plain
    /// named class for the request, not an inline subtype per property.
    /// </summary>
    private static IOpenApiSchema EachTextLimited(IOpenApiSchema property, int maxLength, SchemaRepository repository)
    {
        switch (property)
        {
            case OpenApiSchemaReference reference when repository.Schemas.TryGetValue(reference.Reference.Id!, out var target):
                var name = $"{reference.Reference.Id}Max{maxLength}";
                if (!repository.Schemas.ContainsKey(name))
                {
                    repository.AddDefinition(name, new OpenApiSchema
                    {
                        Type = target.Type,
                        Description = $"{target.Description} At most {maxLength} characters in each.".Trim(),
                        Required = target.Required is null ? null : new HashSet<string>(target.Required),
                        AdditionalPropertiesAllowed = target.AdditionalPropertiesAllowed,
                        Properties = (target.Properties ?? new Dictionary<string, IOpenApiSchema>()).ToDictionary(
                            p => p.Key,
                            IOpenApiSchema (p) => p.Value.Type == JsonSchemaType.String
                                ? new OpenApiSchema { Type = JsonSchemaType.String, Description = p.Value.Description, MaxLength = maxLength }
                                : p.Value),
                    });
                }

                return new OpenApiSchemaReference(name) { Description = reference.Description };
            case OpenApiSchema { AnyOf: { Count: > 0 } anyOf } either:
                either.AnyOf = anyOf.Select(s => s is OpenApiSchemaReference ? EachTextLimited(s, maxLength, repository) : s).ToList();
                return either;
            default:
                return property;
        }
    }
}

/// <summary>
/// Writes the validator limits of a handler's <c>[AsParameters]</c> query record into its query parameters, and marks
/// the parameters its validator requires as required (the C# type stays nullable so the validator, not model binding,
/// names a missing one).
/// </summary>
public sealed class ValidatorLimitsOperationFilter(ValidatorLimits validators) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null || context.MethodInfo is null)
        {
            return;
        }

        foreach (var record in context.MethodInfo.GetParameters().Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null))
        {
            var limits = validators.For(record.ParameterType);
            var names = record.ParameterType.GetConstructors().SelectMany(c => c.GetParameters())
                .ToDictionary(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!, p => p.Name!, StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
            {
                if (parameter.Name is null || !names.TryGetValue(parameter.Name, out var member) || !limits.TryGetValue(member, out var limit))
                {
                    continue;
                }

                parameter.Required |= limit.Required;
                if (parameter.Schema is OpenApiSchema plain)
                {
                    ValidatorLimitsWriter.Write(plain, limit);
                }
            }
        }
    }
}

internal static class ValidatorLimitsWriter
{
    public static void Write(OpenApiSchema schema, MemberLimits limits)
    {
        if (limits.MaxLength is { } length)
        {
            schema.MaxLength = length;
        }

        if (limits.Minimum is { } minimum)
        {
            if (limits.ExclusiveMinimum)
            {
                schema.ExclusiveMinimum = Text(minimum);
            }
            else
            {
                schema.Minimum = Text(minimum);
            }
        }

        if (limits.Maximum is { } maximum)
        {
            if (limits.ExclusiveMaximum)
            {
                schema.ExclusiveMaximum = Text(maximum);
            }
            else
            {
                schema.Maximum = Text(maximum);
            }
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
