using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace SocialBalance.Api.Infrastructure.Http.Conditional;

/// <summary>Says the answer of <see cref="Status"/> carries the record's ETag (its version), for the contract.</summary>
public sealed record VersionedAnswerMetadata(int Status);

/// <summary>A versioned administration record read (200), with its ETag; declares both to OpenAPI itself.</summary>
public sealed class Versioned<T>(T value, int version) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<T>, IValueHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public T Value => value;

    object? IValueHttpResult.Value => value;

    public Task ExecuteAsync(HttpContext httpContext) =>
        new VersionedResult<T>(StatusCodes.Status200OK, value, version).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        VersionedMetadata.Add<T>(builder, StatusCodes.Status200OK);
}

/// <summary>A versioned administration record just created (201), with its ETag and Location.</summary>
public sealed class CreatedVersioned<T>(T value, int version, string location) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<T>, IValueHttpResult
{
    public int? StatusCode => StatusCodes.Status201Created;

    public T Value => value;

    object? IValueHttpResult.Value => value;

    public Task ExecuteAsync(HttpContext httpContext) =>
        new VersionedResult<T>(StatusCodes.Status201Created, value, version, location).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        VersionedMetadata.Add<T>(builder, StatusCodes.Status201Created);
}

/// <summary>
/// What an If-Match update answers (<see cref="VersionedUpdate"/>): the record with its new ETag, or the problem of a
/// missing (428) or stale (412) If-Match or of an unknown record (404). Declares all four to OpenAPI.
/// </summary>
public sealed class VersionedUpdateResult<T>(IResult result) : IResult, IEndpointMetadataProvider
{
    public IResult Result => result;

    public Task ExecuteAsync(HttpContext httpContext) => result.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        VersionedMetadata.Add<T>(builder, StatusCodes.Status200OK);
        foreach (var status in new[] { StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired })
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        }
    }
}

internal static class VersionedMetadata
{
    public static void Add<T>(EndpointBuilder builder, int status)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(T), ["application/json"]));
        builder.Metadata.Add(new VersionedAnswerMetadata(status));
    }
}
