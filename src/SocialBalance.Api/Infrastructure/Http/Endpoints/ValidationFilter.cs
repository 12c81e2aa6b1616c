using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Infrastructure.Http.Binding;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Infrastructure.Http.Endpoints;

/// <summary>
/// Validates the handler argument of type <typeparamref name="T"/> with its FluentValidation validator
/// and answers 400 with a validation problem, naming each failing field, before the handler runs.
/// A query parameter that <typeparamref name="T"/> does not declare is refused too: a misspelt filter
/// must not silently return everything (a list also takes <c>format</c> and <c>bom</c>, see <see cref="CsvOrJson{T}"/>).
/// </summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    private static readonly string[] KnownQueryNames = typeof(T).GetConstructors()
        .SelectMany(c => c.GetParameters())
        .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name)
        .OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToArray();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var known = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<CsvAlternativeMetadata>() is null
            ? KnownQueryNames
            : [.. KnownQueryNames, ContentNegotiation.FormatParameter, ContentNegotiation.BomParameter];
        IDictionary<string, string[]> errors = UnknownQueryParameters(context.HttpContext.Request, known);
        if (errors.Count == 0)
        {
            var argument = context.Arguments.OfType<T>().FirstOrDefault();
            if (argument is null)
            {
                errors["body"] = ["The request has no content."];
            }
            else
            {
                var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
                errors = result.ToDictionary();
            }
        }

        foreach (var (field, reasons) in BindingCheckMiddleware.MissingFieldsOf(context.HttpContext))
        {
            errors[field] = errors.TryGetValue(field, out var found) ? [.. reasons, .. found] : reasons;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.", type: ProblemTypes.Validation);
        }

        return await next(context);
    }

    private static Dictionary<string, string[]> UnknownQueryParameters(HttpRequest request, string[] knownQueryNames)
    {
        var errors = new Dictionary<string, string[]>();
        if (KnownQueryNames.Length == 0)
        {
            return errors;
        }

        foreach (var key in request.Query.Keys)
        {
            if (!knownQueryNames.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                errors[key] = [$"Unknown query parameter. This endpoint takes: {string.Join(", ", knownQueryNames)}."];
            }
        }

        return errors;
    }
}

public static class ValidationFilterExtensions
{
    /// <summary>Validates <typeparamref name="T"/> before the handler and documents the 400 answer.</summary>
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder
            .AddEndpointFilter<ValidationFilter<T>>()
            .WithMetadata(new ValidatedMetadata())
            .ProducesValidationProblem();
}
