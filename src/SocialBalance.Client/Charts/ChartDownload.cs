using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Charts;

/// <summary>
/// Fetches a chart as the SVG it is. Kiota generates a chart operation's <c>GetAsync</c> without a body to return: an
/// image is no model it can read, and the operation also answers 304 (not modified), which its generator takes for
/// an answer without content. The <c>GetSvgAsync</c> beside each chart's request builder hand the image over as a
/// stream instead, with the same query parameters and the same problems.
/// </summary>
internal static class ChartDownload
{
    public static async Task<Stream?> SendAsync(IRequestAdapter adapter, RequestInformation request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, ParsableFactory<IParsable>>
        {
            ["400"] = HttpValidationProblemDetails.CreateFromDiscriminatorValue,
            // Every other refusal of the service is a problem details document (404, 429, 503, …).
            ["XXX"] = ProblemDetails.CreateFromDiscriminatorValue,
        };
        return await adapter.SendPrimitiveAsync<Stream>(request, errors, cancellationToken).ConfigureAwait(false);
    }
}
