using Microsoft.Kiota.Abstractions;
using SocialBalance.Client.Charts;

namespace SocialBalance.Client.Api.V1.Charts.Gaps;

public partial class GapsRequestBuilder
{
    /// <summary>
    /// The gaps of the areas to the reference over the years (GET /api/v1/charts/gaps) as an SVG image (<c>image/svg+xml</c>), read from the stream answered; see <see cref="ChartDownload"/>.
    /// </summary>
    /// <param name="requestConfiguration">Query parameters and headers, as for <see cref="GetAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="Models.HttpValidationProblemDetails">400: a parameter is not valid; <c>Errors</c> names it.</exception>
    /// <exception cref="Models.ProblemDetails">Any other refusal (404 for an unknown code, 429, 503).</exception>
    public Task<Stream?> GetSvgAsync(
        Action<RequestConfiguration<GapsRequestBuilderGetQueryParameters>>? requestConfiguration = default,
        CancellationToken cancellationToken = default) =>
        ChartDownload.SendAsync(RequestAdapter, ToGetRequestInformation(requestConfiguration), cancellationToken);
}
