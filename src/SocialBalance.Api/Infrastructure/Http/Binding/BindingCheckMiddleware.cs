using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using SocialBalance.Api.Infrastructure.Http.Endpoints;
using SocialBalance.Api.Infrastructure.Http.Formats;
using SocialBalance.Api.Infrastructure.Http.Uploads;

namespace SocialBalance.Api.Infrastructure.Http.Binding;

/// <summary>
/// Checks what an endpoint is about to bind, from its declared parameters (the API description's names, sources and
/// types) and the serializer's contract of its body, and throws <see cref="InvalidRequestException"/> naming each field
/// at fault. The framework's own binding failures carry the parameter only in their message text, which a framework
/// update or a localised runtime may change; here nothing depends on a message. Runs last, just before the endpoint,
/// so authentication and limits answer first as before.
/// </summary>
public sealed class BindingCheckMiddleware(
    RequestDelegate next, IApiDescriptionGroupCollectionProvider descriptions, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    private readonly ConcurrentDictionary<MethodInfo, Value[]> values = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint)
        {
            CheckValues(context, endpoint);
            await CheckBodyAsync(context, endpoint);
        }

        await next(context);
    }

    /// <summary>A route or query value the endpoint reads as something other than text.</summary>
    private sealed record Value(string Name, bool InRoute, Type Type);

    private void CheckValues(HttpContext context, Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var value in values.GetOrAdd(handler, Describe))
        {
            // As the framework binds: a value given empty (?dryRun=) is read, and refused, even for a nullable parameter.
            var text = value.InRoute ? context.Request.RouteValues[value.Name]?.ToString() : (string?)context.Request.Query[value.Name];
            if (text is not null && !SimpleValues.IsValid(value.Type, text))
            {
                errors[value.Name] = [SimpleValues.Refusal(value.Type, text)];
            }
        }

        if (endpoint.Metadata.GetMetadata<CsvAlternativeMetadata>() is not null)
        {
            // The format of a list's answer is read from the query, beside the handler's own parameters.
            foreach (var (name, reasons) in ContentNegotiation.TableParameterErrors(context.Request.Query))
            {
                errors[name] = reasons;
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }
    }

    private Value[] Describe(MethodInfo handler) =>
        descriptions.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().Contains(handler))
            .Take(1)
            .SelectMany(d => d.ParameterDescriptions)
            .Where(p => (p.Source == BindingSource.Query || p.Source == BindingSource.Path) && p.Type is { } type && SimpleValues.Checks(type))
            .Select(p => new Value(p.Name, p.Source == BindingSource.Path, p.Type))
            .ToArray();

    /// <summary>
    /// A JSON body of the declared request type, compared with the serializer's contract. Large uploads are read row by
    /// row by their endpoint, which checks each row the same way; an empty or unparsable body is left to the endpoint.
    /// </summary>
    private async Task CheckBodyAsync(HttpContext context, Endpoint endpoint)
    {
        var request = context.Request;
        if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not { } type
            || endpoint.Metadata.GetMetadata<LargeBodyMetadata>() is not null
            || !request.HasJsonContentType() || request.ContentLength == 0)
        {
            return;
        }

        request.EnableBuffering();
        Dictionary<string, string[]> problems;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, default, context.RequestAborted);
            problems = JsonShape.Problems(body.RootElement, type, json.Value.SerializerOptions);
        }
        catch (JsonException)
        {
            problems = [];
        }
        finally
        {
            request.Body.Position = 0;
        }

        if (problems.Count > 0 && JsonShape.OnlyMissing(problems) && endpoint.Metadata.GetMetadata<ValidatedMetadata>() is not null)
        {
            // The endpoint's validator names the other missing fields; the filter answers them all at once.
            context.Items[MissingFields] = problems;
        }
        else if (problems.Count > 0)
        {
            throw new InvalidRequestException(problems);
        }
    }

    /// <summary>Where missing fields wait for the endpoint's validation filter (<see cref="MissingFieldsOf"/>).</summary>
    private static readonly object MissingFields = new();

    /// <summary>Required fields the body left out, for the validation filter to name beside its own findings.</summary>
    public static IReadOnlyDictionary<string, string[]> MissingFieldsOf(HttpContext context) =>
        context.Items.TryGetValue(MissingFields, out var missing) && missing is IReadOnlyDictionary<string, string[]> fields
            ? fields
            : new Dictionary<string, string[]>();
}

/// <summary>Marks an endpoint whose argument a validation filter checks before the handler runs.</summary>
public sealed class ValidatedMetadata;
