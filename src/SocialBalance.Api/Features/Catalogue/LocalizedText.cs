namespace SocialBalance.Api.Features.Catalogue;

/// <summary>A label in Danish (the municipality's language) and English.</summary>
public sealed record LocalizedText(string Da, string En)
{
    public static LocalizedText? OrNull(string? da, string? en) =>
        da is null && en is null ? null : new LocalizedText(da ?? en!, en ?? da!);
}

/// <summary>A reference to another resource by its public code, with its name.</summary>
public sealed record CodeAndName(string Code, LocalizedText Name);
