using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Infrastructure.Http.Endpoints;

/// <summary>Marks an endpoint whose 200 answer is also available as CSV and as a spreadsheet (XLSX); see <see cref="CsvOrJson{T}"/>.</summary>
public sealed class CsvAlternativeMetadata;

public static class EndpointMetadata
{
    /// <summary>Documents the 404 problem of a lookup by code.</summary>
    public static RouteHandlerBuilder ProducesNotFoundProblem(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound);
}
