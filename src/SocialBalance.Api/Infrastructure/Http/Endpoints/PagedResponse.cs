namespace SocialBalance.Api.Infrastructure.Http.Endpoints;

/// <summary>Links to neighbouring pages, as paths with the same filters (relative references, RFC 3986).</summary>
public sealed record PageLinks(string Self, string First, string Last, string? Next, string? Previous);

/// <summary>One page of a list, with the total count across all pages.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount, PageLinks Links)
{
    public static PagedResponse<T> Create(HttpRequest request, IReadOnlyList<T> items, int page, int pageSize, long totalCount)
    {
        var lastPage = Math.Max(1, (int)((totalCount + pageSize - 1) / pageSize));
        return new PagedResponse<T>(items, page, pageSize, totalCount, new PageLinks(
            Self: PageLink(request, page),
            First: PageLink(request, 1),
            Last: PageLink(request, lastPage),
            Next: page < lastPage ? PageLink(request, page + 1) : null,
            Previous: page > 1 ? PageLink(request, Math.Min(page - 1, lastPage)) : null));
    }

    private static string PageLink(HttpRequest request, int page)
    {
        var query = request.Query
            .Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return request.PathBase + request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}
