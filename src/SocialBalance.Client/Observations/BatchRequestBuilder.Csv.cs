using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Api.V1.Observations.Batch;

public partial class BatchRequestBuilder
{
    /// <summary>
    /// Posts a batch as CSV, the contract's <c>text/csv</c> body of this operation: a header line
    /// <c>indicator,area,year,value</c> with optional <c>numerator,denominator,note</c> (RFC 4180, a point as decimal
    /// separator), up to 100,000 rows, all or nothing. Kiota generates only the JSON body of an operation that
    /// accepts both, so this one method is written by hand; it takes the same query parameters (<c>dryRun</c>,
    /// <c>mode</c>) and headers (<c>Idempotency-Key</c>) and answers the same summary and problems.
    /// </summary>
    /// <param name="csv">The file as exported, read from its start.</param>
    /// <param name="requestConfiguration">Query parameters and headers, as for <see cref="PostAsync"/>.</param>
    /// <param name="contentType"><c>text/csv</c> (UTF-8), or e.g. <c>text/csv; charset=windows-1252</c> for a spreadsheet's Latin-1 export.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <exception cref="HttpValidationProblemDetails">400: the body or a parameter cannot be read; <c>Errors</c> names it.</exception>
    /// <exception cref="RowsProblemDetails">403, 409 or 422: the rows refused, each with its line, field and reason (<c>Rows</c>).</exception>
    /// <exception cref="ProblemDetails">Any other refusal (413, 415, 429, 503).</exception>
    public async Task<ImportSummary?> PostCsvAsync(
        Stream csv,
        Action<RequestConfiguration<BatchRequestBuilderPostQueryParameters>>? requestConfiguration = default,
        string contentType = "text/csv",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var request = new RequestInformation(Method.POST, UrlTemplate, PathParameters);
        request.Configure(requestConfiguration);
        request.Headers.TryAdd("Accept", "application/json");
        request.SetStreamContent(csv, contentType);
        var errors = new Dictionary<string, ParsableFactory<IParsable>>
        {
            ["400"] = HttpValidationProblemDetails.CreateFromDiscriminatorValue,
            // As the generated JSON upload maps them: the refusals that name rows.
            ["403"] = RowsProblemDetails.CreateFromDiscriminatorValue,
            ["409"] = RowsProblemDetails.CreateFromDiscriminatorValue,
            ["422"] = RowsProblemDetails.CreateFromDiscriminatorValue,
            // Every other refusal of the service is a problem details document.
            ["XXX"] = ProblemDetails.CreateFromDiscriminatorValue,
        };
        return await RequestAdapter.SendAsync(request, ImportSummary.CreateFromDiscriminatorValue, errors, cancellationToken).ConfigureAwait(false);
    }
}
