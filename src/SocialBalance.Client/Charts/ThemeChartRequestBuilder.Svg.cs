using Microsoft.Kiota.Abstractions;
using SocialBalance.Client.Charts;

namespace SocialBalance.Client.Api.V1.Charts.Themes.Item;

public partial class WithCodeItemRequestBuilder
{
    /// <summary>
    /// A theme's verdicts in the 2030 ambition (GET /api/v1/charts/themes/{code}) as an SVG image (<c>image/svg+xml</c>), read from the stream answered; see <see cref="ChartDownload"/>.
    /// </summary>
    /// <param name="requestConfiguration">Query parameters and headers, as for <see cref="GetAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="Models.HttpValidationProblemDetails">400: a parameter is not valid; <c>Errors</c> names it.</exception>
    /// <exception cref="Models.ProblemDetails">Any other refusal (404 for an unknown code, 429, 503).</exception>
    public Task<Stream?> GetSvgAsync(
        Action<RequestConfiguration<WithCodeItemRequestBuilderGetQueryParameters>>? requestConfiguration = default,
        CancellationToken cancellationToken = default) =>
        ChartDownload.SendAsync(RequestAdapter, ToGetRequestInformation(requestConfiguration), cancellationToken);
}
