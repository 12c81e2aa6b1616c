namespace SocialBalance.Api.Infrastructure.Http.Endpoints;

/// <summary>Marks an endpoint whose 200 answer is also available as CSV (<c>Accept: text/csv</c>).</summary>
public sealed class CsvAlternativeMetadata;

public static class EndpointMetadata
{
    /// <summary>Documents a list that answers JSON by default and CSV on <c>Accept: text/csv</c>.</summary>
    public static RouteHandlerBuilder ProducesList<T>(this RouteHandlerBuilder builder) =>
        builder.ProducesWithCsv<IReadOnlyList<T>>();

    /// <summary>Documents a JSON answer that is also available as CSV.</summary>
    public static RouteHandlerBuilder ProducesWithCsv<T>(this RouteHandlerBuilder builder) =>
        builder
            .Produces<T>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(new CsvAlternativeMetadata());

    /// <summary>Documents the 404 problem of a lookup by code.</summary>
    public static RouteHandlerBuilder ProducesNotFoundProblem(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound);
}
