using SocialBalance.Api.Features.Common;

namespace SocialBalance.Api.Features.Areas;

/// <summary>An area as the administration edits it; its ETag is <c>"v{version}"</c>.</summary>
/// <param name="Code">The public code (lower-case letters, digits and hyphens); fixed once created.</param>
/// <param name="Name">Danish and English name.</param>
/// <param name="Kind">Area kind code: country, region, municipality, social-balance-area or housing-area.</param>
/// <param name="Parent">The code of the area it lies in, if any.</param>
/// <param name="Note">A note in Danish and English, if any.</param>
/// <param name="SortOrder">Position in lists.</param>
/// <param name="Version">Raised by every update; the ETag.</param>
public sealed record AreaRecord(string Code, LocalizedText Name, string Kind, string? Parent, LocalizedText? Note, int SortOrder, int Version);

/// <summary>A new area.</summary>
/// <param name="Code">The public code: lower-case letters, digits and hyphens, e.g. <c>bagsvaerd-syd</c>.</param>
/// <param name="Name">Danish and English name.</param>
/// <param name="Kind">Area kind code (see /api/v1/areas for the kinds in use).</param>
/// <param name="Parent">The code of the area it lies in, if any.</param>
/// <param name="Note">A note in Danish and English, if any.</param>
/// <param name="SortOrder">Position in lists.</param>
public sealed record AreaCreateRequest(string Code, LocalizedText Name, string Kind, string? Parent, LocalizedText? Note, int SortOrder);

/// <summary>An area's new content (every editable field; the code stays).</summary>
/// <param name="Name">Danish and English name.</param>
/// <param name="Kind">Area kind code.</param>
/// <param name="Parent">The code of the area it lies in, if any (not the area itself).</param>
/// <param name="Note">A note in Danish and English, if any.</param>
/// <param name="SortOrder">Position in lists.</param>
public sealed record AreaUpdateRequest(LocalizedText Name, string Kind, string? Parent, LocalizedText? Note, int SortOrder);

internal sealed class AreaRecordRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string KindCode { get; init; } = "";
    public string? ParentCode { get; init; }
    public string? NoteDa { get; init; }
    public string? NoteEn { get; init; }
    public int SortOrder { get; init; }
    public int Version { get; init; }

    public AreaRecord ToRecord() =>
        new(Code, new LocalizedText(NameDa, NameEn), KindCode, ParentCode, LocalizedText.OrNull(NoteDa, NoteEn), SortOrder, Version);
}
