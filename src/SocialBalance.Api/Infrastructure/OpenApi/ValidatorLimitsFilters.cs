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
    /// The referenced object (alone, or inside "or null") with a limit on each of its texts: the shared schema stays as
    /// it is (its answers have no such limit), and this property says <c>allOf</c> it and each text at most so long.
    /// </summary>
    private static IOpenApiSchema EachTextLimited(IOpenApiSchema property, int maxLength, SchemaRepository repository)
    {
        switch (property)
        {
            case OpenApiSchemaReference reference when repository.Schemas.TryGetValue(reference.Reference.Id!, out var target):
                var texts = (target.Properties ?? new Dictionary<string, IOpenApiSchema>())
                    .Where(p => p.Value.Type == JsonSchemaType.String)
                    .ToDictionary(p => p.Key, IOpenApiSchema (_) => new OpenApiSchema { MaxLength = maxLength });
                return new OpenApiSchema
                {
                    Description = reference.Description,
                    AllOf = [new OpenApiSchemaReference(reference.Reference.Id!, reference.Reference.HostDocument)],
                    Properties = texts,
                };
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
