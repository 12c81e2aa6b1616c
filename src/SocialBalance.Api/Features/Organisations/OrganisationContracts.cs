using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Organisations;

/// <summary>An organisation that reports figures (or the municipality), with the areas and indicators it may post.</summary>
/// <param name="Code">The public code, e.g. <c>gab</c>.</param>
/// <param name="Name">Danish and English name.</param>
/// <param name="Kind"><c>municipality</c> or <c>housing-organisation</c>.</param>
/// <param name="Areas">The areas its reporter keys may post figures for.</param>
/// <param name="Indicators">The indicators it is granted: its reporter keys may post only these, only for its areas, and replace or retract only figures it wrote itself.</param>
/// <param name="Version">Raised by every update of the organisation; its ETag is <c>"v{version}"</c>.</param>
public sealed record OrganisationRecord(string Code, LocalizedText Name, [ClosedVocabulary(typeof(OrganisationKinds), "OrganisationKind")] string Kind, IReadOnlyList<string> Areas, IReadOnlyList<string> Indicators, int Version);

/// <summary>A new organisation.</summary>
/// <param name="Code">The public code: lower-case letters, digits and hyphens.</param>
/// <param name="Name">Danish and English name.</param>
/// <param name="Kind"><c>municipality</c> or <c>housing-organisation</c>.</param>
public sealed record OrganisationCreateRequest(string Code, LocalizedText Name, [ClosedVocabulary(typeof(OrganisationKinds), "OrganisationKind")] string Kind);

/// <summary>An organisation's new name and kind.</summary>
/// <param name="Name">Danish and English name.</param>
/// <param name="Kind"><c>municipality</c> or <c>housing-organisation</c>.</param>
public sealed record OrganisationUpdateRequest(LocalizedText Name, [ClosedVocabulary(typeof(OrganisationKinds), "OrganisationKind")] string Kind);

internal sealed class OrganisationRow
{
    public string Code { get; init; } = "";
    public string NameDa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string Kind { get; init; } = "";
    public int Version { get; init; }
}

/// <summary>One area link or one indicator grant of an organisation.</summary>
internal sealed class OrganisationLinkRow
{
    public string OrganisationCode { get; init; } = "";
    public string Code { get; init; } = "";
}
