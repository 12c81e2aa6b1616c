namespace SocialBalance.Api.Tests.Infrastructure.Contract;

/// <summary>
/// Sits in every HttpClient of the HTTP tests (<see cref="ApiFixture{TDatabase}"/>, the published service), so every
/// answer a test receives is checked against the committed contract before the test sees it; a violation fails the
/// request, and so the test, with each finding named. The body is read here in full (and kept, so the test reads it as
/// sent).
/// </summary>
public sealed class ContractCheckingHandler : DelegatingHandler
{
    private static readonly ContractCheck Check = new(ContractDocument.Load());

    /// <summary>For a test server's client, whose factory links the handler to the server itself.</summary>
    public ContractCheckingHandler()
    {
    }

    /// <summary>For a client of a service over the network.</summary>
    public ContractCheckingHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        if (path.StartsWith("/swagger", StringComparison.Ordinal))
        {
            // The document and its UI describe the contract; they are not part of it.
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var violations = Check.Violations(request.Method, Uri.UnescapeDataString(path), response, body);
        ContractCheckCount.Add(violations.Count == 0);
        if (violations.Count > 0)
        {
            throw new ContractViolationException(string.Join(Environment.NewLine, violations));
        }

        // The content has been read; hand the test the same bytes with the same headers.
        var copy = new ByteArrayContent(body);
        foreach (var header in response.Content.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = copy;
        return response;
    }
}

/// <summary>An answer the contract does not allow.</summary>
public sealed class ContractViolationException(string message) : Exception("The answer breaks api-spec/openapi.json:" + Environment.NewLine + message);
