using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Imports;

/// <summary>One write request: who sent it, when, and what it did.</summary>
/// <param name="Id">The import's id, as answered by the write and named in each revision it wrote.</param>
/// <param name="Organisation">The organisation whose key sent it.</param>
/// <param name="ApiKeyId">The key that sent it (see /api/v1/admin/api-keys); null for the bootstrap admin key.</param>
/// <param name="Kind"><c>single</c>, <c>batch</c> or <c>retraction</c>.</param>
/// <param name="Mode"><c>upsert</c> or <c>create-only</c>.</param>
/// <param name="Received">Rows received.</param>
/// <param name="Created">Figures created.</param>
/// <param name="Updated">Figures given a new revision.</param>
/// <param name="Unchanged">Figures posted again with the same content.</param>
/// <param name="Retracted">Figures retracted.</param>
/// <param name="CreatedAt">When it was written (UTC); every revision of the import has this time.</param>
public sealed record ImportResponse(
    long Id,
    string Organisation,
    long? ApiKeyId,
    [ClosedVocabulary(typeof(Observations.Writes.ImportKind))] string Kind,
    [ClosedVocabulary(typeof(Observations.Writes.ImportMode))] string Mode,
    int Received,
    int Created,
    int Updated,
    int Unchanged,
    int Retracted,
    DateTimeOffset CreatedAt);

/// <summary>Filters and paging of the import list.</summary>
public sealed record ImportListQuery(
    [FromQuery(Name = "organisation")] string? Organisation,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? DefaultPageSize;
}

internal sealed class ImportRow
{
    public long Id { get; init; }
    public string OrganisationCode { get; init; } = "";
    public long? ApiKeyId { get; init; }
    public string Kind { get; init; } = "";
    public string Mode { get; init; } = "";
    public int Received { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int Retracted { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public ImportResponse ToResponse() =>
        new(Id, OrganisationCode, ApiKeyId, Kind, Mode, Received, Created, Updated, Unchanged, Retracted, CreatedAt);
}
