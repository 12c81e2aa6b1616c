using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Areas;

/// <summary>An area as listed: its kind and the code of the area it lies in.</summary>
public sealed record AreaSummary(string Code, LocalizedText Name, CodeAndName Kind, string? ParentCode);

/// <summary>An entry of the ministry's official list (published every 1 December).</summary>
/// <param name="Year">The year of the list.</param>
/// <param name="PublishedOn">The date the list was published.</param>
/// <param name="Category">The category the area was listed in.</param>
/// <param name="Source">Where the listing is documented.</param>
public sealed record OfficialListEntry(int Year, DateOnly PublishedOn, CodeAndName Category, string Source);

/// <summary>One area with its place in the hierarchy, who reports for it, and its official list history.</summary>
public sealed record AreaResponse(
    string Code,
    LocalizedText Name,
    CodeAndName Kind,
    LocalizedText? Note,
    CodeAndName? Parent,
    IReadOnlyList<CodeAndName> Children,
    IReadOnlyList<CodeAndName> HousingOrganisations,
    IReadOnlyList<OfficialListEntry> ListHistory);

/// <summary>Filters of the area list.</summary>
public sealed record AreaListQuery(
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "parent")] string? Parent);

internal sealed class AreaRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string KindCode { get; init; } = "";
    public string KindNameDa { get; init; } = "";
    public string KindNameEn { get; init; } = "";
    public string? ParentCode { get; init; }
    public string? NoteDa { get; init; }
    public string? NoteEn { get; init; }

    public AreaSummary ToSummary() => new(
        Code,
        new LocalizedText(NameDa, NameEn),
        new CodeAndName(KindCode, new LocalizedText(KindNameDa, KindNameEn)),
        ParentCode);
}
